/**
 * Every word a reader sees or hears comes from the interface dictionary (src/i18n/), so a French or
 * German site reads French or German throughout. This reads each page, layout and component with
 * Astro's own parser (the compiler Astro builds them with) and fails on a letter written in a text
 * node or in an aria-label, title or alt literal: punctuation, symbols and expressions pass.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['src/components', 'src/layouts', 'src/routes'];

/** Names of feed formats, written the same in every language. */
const FORMAT_NAMES = ['JSON Feed', 'RSS'];

const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'alt']);

function astroFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.astro'))
    .map((file) => join(folder, file));
}

interface Node {
  type?: string;
  [key: string]: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null;
}

/** The literal text of an attribute's value: `title="…"`, `title={'…'}` or the fixed parts of `title={`…${x}…`}`. */
function literalText(value: unknown): string {
  if (!isNode(value)) return '';
  if (value.type === 'Literal') return typeof value['value'] === 'string' ? value['value'] : '';
  if (value.type === 'JSXExpressionContainer') return literalText(value['expression']);
  if (value.type === 'TemplateLiteral')
    return (value['quasis'] as { value: { cooked: string | null } }[]).map((q) => q.value.cooked ?? '').join(' ');
  return '';
}

function elementName(node: Node): string {
  const opening = node['openingElement'];
  if (!isNode(opening) || !isNode(opening['name'])) return '';
  const name = opening['name']['name'];
  return typeof name === 'string' ? name : '';
}

/** Text a reader meets in a template: its text nodes and its spoken attributes' literals, with script and style left out. */
function readerText(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const child of node) readerText(child, found);
    return found;
  }
  if (!isNode(node)) return found;
  if (node.type === 'JSXElement' && ['script', 'style'].includes(elementName(node))) return found;
  if (node.type === 'JSXText' && typeof node['value'] === 'string') found.push(node['value']);
  if (node.type === 'JSXAttribute' && isNode(node['name']) && SPOKEN_ATTRIBUTES.has(String(node['name']['name'])))
    found.push(literalText(node['value']));
  for (const [key, value] of Object.entries(node)) if (key !== 'frontmatter') readerText(value, found);
  return found;
}

/** The words left in `text` once the names the file may write are taken out. */
function wordsIn(text: string, names: readonly string[]): string[] {
  const rest = names.reduce((t, name) => t.replaceAll(name, ' '), text);
  return rest.match(/\p{L}{2,}/gu) ?? [];
}

describe('pages, layouts and components', () => {
  const files = FOLDERS.flatMap(astroFiles);

  it('finds the files to read', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  for (const file of files)
    it(`${relative('src', file)} takes every word a reader meets from the dictionary`, () => {
      const { ast } = parse(readFileSync(join(ROOT, file), 'utf8'));
      const words = readerText(ast).flatMap((text) => wordsIn(text, FORMAT_NAMES));
      expect(words).toEqual([]);
    });

  it('catches a word in a text node, inside an expression, and in a spoken attribute', () => {
    const { ast } = parse(
      '---\nconst a = 1;\n---\n<p title="Fictional">{a && <b>Older</b>} · {a}<span aria-label={`Page ${a}`} /></p><script>const x = "code";</script>',
    );
    expect(readerText(ast).flatMap((text) => wordsIn(text, []))).toEqual(['Fictional', 'Older', 'Page']);
  });
});
