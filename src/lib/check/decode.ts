/** The first look at any content file: its size, and whether it is UTF-8 text without a byte-order mark. */
import { problem, type Problem } from './problems.ts';

/** A file as read from disk. */
export interface SourceFile {
  /** Path relative to the project root, used in messages. */
  file: string;
  bytes: Uint8Array;
}

/** Largest file an editor may commit; anything bigger is almost certainly a mistake (a pasted binary). */
export const MAX_FILE_BYTES = 512 * 1024;

// ignoreBOM keeps a byte-order mark in the text, so it can be reported rather than silently dropped.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file strictly as UTF-8 without a byte-order mark; undefined, with a problem added, when it is not. */
export function decode(source: SourceFile, problems: Problem[]): string | undefined {
  const error = (expected: string, found: string, hint: string): undefined => {
    problems.push(problem(source.file, [], expected, found, { hint }));
    return undefined;
  };
  if (source.bytes.byteLength > MAX_FILE_BYTES)
    return error(
      `a file of at most ${MAX_FILE_BYTES / 1024} KB`,
      `${Math.ceil(source.bytes.byteLength / 1024)} KB`,
      'shorten the text, or move long data into a file in content/data',
    );
  let text: string;
  try {
    text = utf8.decode(source.bytes);
  } catch {
    return error('a UTF-8 text file', 'bytes that are not UTF-8', 'save the file again with the encoding UTF-8');
  }
  if (text.startsWith('\uFEFF'))
    return error(
      'a UTF-8 file without a byte-order mark',
      'a byte-order mark at the start',
      'save the file again as UTF-8 without BOM (byte-order mark)',
    );
  return text;
}
