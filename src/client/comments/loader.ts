/**
 * The only comment code a brief loads up front: it shows the Comments button and, once pressed,
 * asks the comment server whether it answers, then fetches the comment client (bundled with the
 * site, never from a CDN) and opens the thread. Until the press, no request goes to the server.
 */

type Thread = typeof import('./thread.ts');

/** How long the server may take to answer before the reader is told it is down. */
const TIMEOUT_MS = 8000;

/** Whether the server answers for this page: its comment count, the first request it sees. */
async function serverAnswers(server: string, path: string): Promise<boolean> {
  const url = `${server}/api/comment?type=count&url=${encodeURIComponent(path)}`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'omit' });
    return response.ok;
  } catch {
    return false;
  }
}

/** Wires the Comments button of `section[data-comments-server]`, if the page has one. */
export function offerComments(root: ParentNode = document): void {
  const section = root.querySelector<HTMLElement>('section[data-comments-server]');
  const button = section?.querySelector<HTMLButtonElement>('.comments-button');
  const line = section?.querySelector<HTMLElement>('.comments-line');
  const thread = section?.querySelector<HTMLElement>('.comments-thread');
  if (!section || !button || !line || !thread) return;
  const { commentsServer: server = '', commentsPath: path = '', commentsLang: lang = 'en' } = section.dataset;
  // The line said comments need JavaScript; now they have it.
  section.querySelector('.comments-no-script')?.remove();
  button.hidden = false;
  let client: Promise<Thread> | undefined;
  button.addEventListener('click', () => {
    button.disabled = true;
    line.textContent = section.dataset['commentsLoading'] ?? '';
    client ??= import('./thread.ts');
    void (async () => {
      const [answers, module] = await Promise.all([serverAnswers(server, path), client]);
      if (!answers) {
        line.textContent = section.dataset['commentsDown'] ?? '';
        return;
      }
      await module.openThread(thread, { server, path, lang });
      // The line keeps its height (above the thread, so nothing below it jumps), now silent.
      line.textContent = '';
    })().catch((error: unknown) => {
      line.textContent = section.dataset['commentsDown'] ?? '';
      console.error('Comments could not be opened:', error);
    });
  });
}
