/**
 * The editor at /admin/: loads Decap CMS from the site, hands it the configuration the build made,
 * and runs the content check on every save, so nothing the check refuses reaches the repository.
 * The preview pane shows the check's findings as the editor types.
 */
import {
  applyTidy,
  blockingMessages,
  checkEntry,
  tidyEntry,
  type EditorCollection,
} from '../../lib/admin/entryCheck.ts';
import type { AdminPayload } from '../../lib/admin/payload.ts';
import { slugify } from '../../lib/slug.ts';
import { nameDecapControls } from './a11y.ts';

/** The parts of Decap's global `CMS` and of its Immutable entries this script uses. */
interface ImmutableMap {
  get(key: string): unknown;
  toJS(): Record<string, unknown>;
  setIn(path: (string | number)[], value: unknown): ImmutableMap;
  deleteIn(path: (string | number)[]): ImmutableMap;
}
interface Decap {
  init(options: { config: unknown }): void;
  registerEventListener(listener: { name: string; handler: (event: { entry: ImmutableMap }) => unknown }): void;
  registerPreviewTemplate(collection: string, component: (props: { entry: ImmutableMap }) => unknown): void;
}
type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: Decap;
    h?: CreateElement;
  }
}

const payload = JSON.parse(document.getElementById('assay-admin')?.textContent ?? '{}') as AdminPayload;

function loadDecap(src: string): Promise<Decap> {
  // Decap starts itself from a config.yml unless told it will be started by hand.
  window.CMS_MANUAL_INIT = true;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => (window.CMS ? resolve(window.CMS) : reject(new Error('Decap did not load'))));
    script.addEventListener('error', () => reject(new Error(`Could not load ${src}`)));
    document.head.append(script);
  });
}

const folders: Record<EditorCollection, string> = {
  briefs: `${payload.check.contentDir}/briefs`,
  publishers: `${payload.check.contentDir}/publishers`,
  settings: payload.check.contentDir,
};

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The file an entry is (or will be) saved as, for the check's messages. */
function fileOf(collection: EditorCollection, entry: ImmutableMap, data: Record<string, unknown>): string {
  if (collection === 'settings') return `${folders.settings}/bias-meter.yaml`;
  const slug = entry.get('slug');
  const named = typeof slug === 'string' && slug !== '' ? slug : slugify(textOf(data['title']) || textOf(data['name']));
  return `${folders[collection]}/${named}.${collection === 'briefs' ? 'md' : 'yaml'}`;
}

function problemsOf(entry: ImmutableMap): { file: string; messages: string[] } {
  const collection = entry.get('collection') as EditorCollection;
  const raw = (entry.get('data') as ImmutableMap).toJS();
  const data = applyTidy(raw, tidyEntry(raw));
  const file = fileOf(collection, entry, data);
  return { file, messages: blockingMessages(checkEntry(collection, file, data, payload.check, new Date())) };
}

const decap = await loadDecap(payload.decapScript);

decap.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const { messages } = problemsOf(entry);
    // Decap stops the save and shows this message when a preSave handler throws.
    if (messages.length > 0) throw new Error(`${payload.words.refused}\n${messages.join('\n')}`);
    let data = entry.get('data') as ImmutableMap;
    for (const change of tidyEntry(data.toJS()))
      data = change.remove ? data.deleteIn(change.path) : data.setIn(change.path, change.value);
    return data;
  },
});

function CheckPreview({ entry }: { entry: ImmutableMap }): unknown {
  const h = window.h!;
  const { messages } = problemsOf(entry);
  return h(
    'section',
    { 'aria-labelledby': 'assay-check', style: { fontFamily: 'system-ui, sans-serif', padding: '1rem' } },
    h('h2', { id: 'assay-check' }, payload.words.heading),
    messages.length === 0
      ? h('p', null, payload.words.passes)
      : h('ul', null, ...messages.map((message) => h('li', { style: { whiteSpace: 'pre-wrap' } }, message))),
  );
}
for (const collection of ['briefs', 'publishers'] as const) decap.registerPreviewTemplate(collection, CheckPreview);
decap.registerPreviewTemplate('bias-meter', CheckPreview);

const localBackend = payload.localApi ? { local_backend: { url: new URL(payload.localApi, location.href).href } } : {};
decap.init({ config: { ...payload.config, ...localBackend } });
nameDecapControls(payload.words);
