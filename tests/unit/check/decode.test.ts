import { describe, expect, it } from 'vitest';
import { decode, MAX_FILE_BYTES } from '../../../src/lib/check/decode.ts';
import type { Problem } from '../../../src/lib/check/problems.ts';

const file = 'content/briefs/a.md';

function decoded(bytes: Uint8Array): { text: string | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  return { text: decode({ file, bytes }, problems), problems };
}

describe('decoding a content file', () => {
  it('returns UTF-8 text as written', () => {
    expect(decoded(new TextEncoder().encode('Énergie — côte\n'))).toEqual({ text: 'Énergie — côte\n', problems: [] });
  });

  it('refuses bytes that are not UTF-8, a byte-order mark, and files past the size limit', () => {
    const latin1 = decoded(Uint8Array.from([0x63, 0xf4, 0x74, 0x65]));
    expect(latin1.text).toBeUndefined();
    expect(latin1.problems).toMatchObject([{ file, expected: 'a UTF-8 text file' }]);
    const bom = decoded(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]));
    expect(bom.problems).toMatchObject([{ file, found: expect.stringContaining('byte-order mark') as unknown }]);
    const large = decoded(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61));
    expect(large.problems).toMatchObject([{ expected: 'a file of at most 512 KB', found: '513 KB' }]);
    expect(decoded(new Uint8Array(MAX_FILE_BYTES).fill(0x61)).problems).toEqual([]);
  });
});
