/**
 * The comment thread, fetched only when a reader asks for comments: Waline's client, bundled with
 * the site, with everything that would call a third party switched off (emoji from a CDN, GIF
 * search, image upload, reactions, page views) and no sign-in window (readers comment under a
 * name). Avatars come from the server, which a publication runs without them (docs/deploying.md);
 * the page's CSP lets images load only from the site in any case.
 */
import { init } from '@waline/client';
// As a file's address, not a CSS import: Astro would link an imported sheet from every brief up
// front; this one loads with the thread.
import styleUrl from '@waline/client/style?url';

export interface ThreadOptions {
  server: string;
  path: string;
  lang: string;
}

/** Adds the client's style sheet to the page, once, and resolves when it has loaded (or failed). */
function loadStyle(): Promise<void> {
  if (document.querySelector(`link[href="${styleUrl}"]`)) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = styleUrl;
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}

/** Opens the thread of `path` inside `element`, once its styles are in (so it never draws unstyled). */
export async function openThread(element: HTMLElement, options: ThreadOptions): Promise<void> {
  await loadStyle();
  init({
    el: element,
    serverURL: options.server,
    path: options.path,
    lang: options.lang,
    // The site's own colours, in brief.css, switch with the colour scheme.
    dark: false,
    login: 'disable',
    emoji: false,
    search: false,
    imageUploader: false,
    reaction: false,
    pageview: false,
    comment: false,
    noRss: true,
    meta: ['nick'],
    requiredMeta: ['nick'],
  });
}
