// The right-of-reply rules, each through the whole content check on the fixture's alpha-one.md
// (dated 2025-01-10, publisher alpha, source-bias rated minimal), so each problem reads as an
// editor sees it: file and line, field, expected, found.
import { describe, expect, it } from 'vitest';
import { ALPHA, errorsOf, withAlpha } from './alphaFixture.ts';

const reply = (fields: string): string => `replies:\n  - ${fields.trim().split('\n').join('\n    ')}\n`;
const change =
  'ratingChanges:\n  - date: 2025-03-01\n    dimension: source-bias\n    from: low\n    to: minimal\n    reason: The reply showed the funding was disclosed.\n';

describe('replies that pass', () => {
  it('accepts a publisher reply with a link, an answer and the rating change it led to', () => {
    const yaml = `${change}${reply(`date: 2025-02-01
publisher: alpha
text: We *disagree* with the source-bias rating.
url: https://example.org/alpha/response
answer: We checked the disclosure and revised the rating.
ratingChange: 1`)}`;
    expect(errorsOf(withAlpha(yaml))).toEqual([]);
  });

  it('accepts a named person with a role, with or without a publisher, dated on the brief’s day', () => {
    const yaml = `replies:
  - date: 2025-01-10
    name: A. Author
    role: Lead author
    text: The figures come from the 2024 census.
  - date: 2025-01-11
    name: B. Author
    role: Director of research
    publisher: alpha
    text: Thank you for the review.
`;
    expect(errorsOf(withAlpha(yaml))).toEqual([]);
  });
});

describe('replies that fail', () => {
  const cases: { name: string; yaml: string; says: string[] }[] = [
    {
      name: 'a reply dated before the brief',
      yaml: reply('date: 2025-01-09\npublisher: alpha\ntext: Too early.'),
      says: [
        `error  ${ALPHA}:32\n    replies[0].date: expected a date on or after the brief's date (2025-01-10); found 2025-01-09\n    hint: a reply answers the published brief, so it cannot come before it`,
      ],
    },
    {
      name: 'a reply by an unknown publisher',
      yaml: reply('date: 2025-02-01\npublisher: alfa\ntext: Who are we?'),
      says: [
        `error  ${ALPHA}:33\n    replies[0].publisher: expected the id of a file in content/publishers (its name without .yaml); found "alfa"\n    hint: did you mean \`alpha\`?`,
      ],
    },
    {
      name: 'a reply with empty text',
      yaml: reply('date: 2025-02-01\npublisher: alpha\ntext: "  "'),
      says: [
        `error  ${ALPHA}:34\n    replies[0].text: expected non-empty text; found "  "\n    hint: change \`replies[0].text\` to non-empty text`,
      ],
    },
    {
      name: 'a reply that says nobody',
      yaml: reply('date: 2025-02-01\ntext: Anonymous.'),
      says: [
        `error  ${ALPHA}:32\n    replies[0]: expected a \`publisher\` (the id of a file in content/publishers), or a \`name\` with a \`role\`; found neither\n    hint: to let the reviewed publisher reply, add "publisher: alpha"`,
      ],
    },
    {
      name: 'a named person without a role',
      yaml: reply('date: 2025-02-01\nname: A. Author\ntext: Hello.'),
      says: [
        `error  ${ALPHA}:32\n    replies[0].role: expected the role of A. Author, such as Lead author; found nothing\n    hint: add \`replies[0].role\`, e.g. a line \`role: …\` (docs/editing.md lists every field)`,
      ],
    },
    {
      name: 'replies out of order',
      yaml: `replies:\n  - date: 2025-03-01\n    publisher: alpha\n    text: Second.\n  - date: 2025-02-01\n    publisher: alpha\n    text: First.\n`,
      says: [
        `error  ${ALPHA}:35\n    replies[1].date: expected replies oldest first (a date on or after 2025-03-01); found 2025-02-01\n    hint: change \`replies[1].date\` to replies oldest first (a date on or after 2025-03-01)`,
      ],
    },
    {
      name: 'an answer pointing to a rating change the brief does not have',
      yaml: reply('date: 2025-02-01\npublisher: alpha\ntext: Hi.\nratingChange: 2'),
      says: [
        `error  ${ALPHA}:35\n    replies[0].ratingChange: expected the number of a ratingChanges entry (this brief has none); found 2\n    hint: add the rating change to ratingChanges first, or remove ratingChange`,
      ],
    },
    {
      name: 'an answer pointing to a rating change made before the reply',
      yaml: `${change}${reply('date: 2025-04-01\npublisher: alpha\ntext: Late.\nratingChange: 1')}`,
      says: [
        `error  ${ALPHA}:41\n    replies[0].ratingChange: expected a rating change dated on or after the reply (2025-04-01); found ratingChanges entry 1, dated 2025-03-01\n    hint: change \`replies[0].ratingChange\` to a rating change dated on or after the reply (2025-04-01)`,
      ],
    },
  ];

  for (const c of cases)
    it(`refuses ${c.name}, in the editor's words`, () => {
      expect(errorsOf(withAlpha(c.yaml))).toEqual(c.says);
    });
});
