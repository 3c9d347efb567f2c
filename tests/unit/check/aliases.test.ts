import { describe, expect, it } from 'vitest';
import { aliasEntries, aliasProblems, type BriefAliases } from '../../../src/lib/check/aliases.ts';
import { formatProblem } from '../../../src/lib/check/problems.ts';
import { validateContent, type ContentSources } from '../../../src/lib/check/validateContent.ts';
import { demoSite as site } from '../demoSite.ts';
import { ALPHA, FIXTURE, withAlpha } from './alphaFixture.ts';

const brief = (id: string, ...aliases: unknown[]): BriefAliases => ({
  id,
  file: `content/briefs/${id}.md`,
  aliases: aliases.map((value, i) => ({ value, line: 20 + i })),
});

describe('aliasProblems', () => {
  it('accepts old file names that no brief has', () => {
    expect(aliasProblems([brief('cobalt-now', 'cobalt-then', 'cobalt-2024'), brief('lithium', 'old-lithium')])).toEqual(
      [],
    );
  });

  it('refuses an alias that is not a file name, with its line and what to write', () => {
    const found = aliasProblems([brief('cobalt', 'Old Cobalt.md', '2024', 'old_cobalt')]);
    expect(found.map((p) => [p.path, p.line, p.found])).toEqual([
      [['aliases', 0], 20, '"Old Cobalt.md"'],
      [['aliases', 1], 21, '"2024"'],
      [['aliases', 2], 22, '"old_cobalt"'],
    ]);
    expect(found[0]?.expected).toBe(
      'an old file name without folder or extension: lowercase letters, digits and hyphens, not only digits',
    );
    expect(found[0]?.hint).toContain('/briefs/old-name/');
  });

  it("refuses the brief's own file name", () => {
    const [found] = aliasProblems([brief('cobalt', 'cobalt')]);
    expect(found?.found).toBe('"cobalt", this brief\'s own file name');
    expect(found?.hint).toBe('remove it: the brief is already at that address');
  });

  it("refuses another brief's file name, whatever its case, naming that brief's file", () => {
    const [found, ...rest] = aliasProblems([brief('cobalt', 'lithium'), brief('Lithium')]);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      file: 'content/briefs/cobalt.md',
      path: ['aliases', 0],
      line: 20,
      expected: 'an old file name that no other brief has, as its name or as an alias',
      found: '"lithium", the file name of content/briefs/Lithium.md',
    });
    expect(found?.hint).toContain('that address belongs to the other brief');
  });

  it("refuses another brief's alias on the second brief only, and an alias listed twice", () => {
    const found = aliasProblems([brief('cobalt', 'old-report'), brief('lithium', 'old-report', 'lith', 'lith')]);
    expect(found.map((p) => [p.file, p.path[1], p.found])).toEqual([
      ['content/briefs/lithium.md', 0, '"old-report", already an alias of content/briefs/cobalt.md'],
      ['content/briefs/lithium.md', 2, '"lith" twice in this list'],
    ]);
    expect(found.every((p) => p.hint)).toBe(true);
  });

  it('leaves entries that are not text to the frontmatter check', () => {
    expect(aliasProblems([brief('cobalt', 3, null, '')])).toEqual([]);
  });
});

describe('aliasEntries', () => {
  it('reads a list with each line, and nothing from a missing field or a single value', () => {
    expect(aliasEntries(['a', 'b'], (i) => 10 + i)).toEqual([
      { value: 'a', line: 10 },
      { value: 'b', line: 11 },
    ]);
    expect(aliasEntries(undefined, () => 1)).toEqual([]);
    expect(aliasEntries('a', () => 1)).toEqual([]);
  });
});

describe('aliases in the content check', () => {
  // At the top of alpha-one's frontmatter, so a problem's line number is that of the alias itself.
  const withAliases = (yaml: string): ContentSources => withAlpha('', (text) => text.replace('---\n', `---\n${yaml}`));

  it('passes old names and reports a taken one at its own line of the file', () => {
    expect(
      validateContent(withAliases('aliases: [alpha-old]\n'), site).problems.filter((p) => p.severity === 'error'),
    ).toEqual([]);
    const { problems } = validateContent(withAliases('aliases:\n  - alpha-old\n  - beta-two\n'), site);
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([
      `error  ${ALPHA}:4\n    aliases[1]: expected an old file name that no other brief has, as its name or as an alias; ` +
        `found "beta-two", the file name of ${FIXTURE}/briefs/beta-two.mdx\n` +
        '    hint: remove the alias: that address belongs to the other brief (or rename one of the two files)',
    ]);
  });

  it('checks the aliases of a brief that fails elsewhere too', () => {
    const { problems } = validateContent(withAliases('aliases: [alpha-one]\nsummary2: x\n'), site);
    expect(problems.map((p) => p.path.join('.'))).toEqual(expect.arrayContaining(['aliases.0', 'summary2']));
  });

  it('refuses an aliases field that is not a list', () => {
    const { problems } = validateContent(withAliases('aliases: 3\n'), site);
    expect(problems.map(formatProblem).join('\n')).toContain(
      'aliases: expected a list of old file names, such as [old-name]; found 3',
    );
  });
});
