/**
 * The options a publication gives `assay()` in its astro.config.mjs, checked by one Zod schema.
 * docs/configuration.md documents each; a unit test keeps the two in step.
 */
import { z } from 'astro/zod';
import { BRIEF_FIELD_NAMES, EXTRA_FIELD_TYPES } from './schemas/brief.ts';
import en from './i18n/en.json' with { type: 'json' };
import { closest } from './lib/check/problems.ts';
import { RESERVED_SEARCH_KEYS } from './lib/search/keys.ts';
import { ADMIN_BACKENDS } from './lib/admin/cmsConfig.ts';

const slugId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, { error: 'expected a lower-case id such as sectors (letters, digits, -)' });
const line = z.string().trim().min(1, { error: 'expected some text' });

/** Addresses and frontmatter fields of Assay's own that a subject cannot take. */
const RESERVED_IDS = [
  'briefs',
  'publishers',
  'insights',
  'methodology',
  'search',
  'pagefind',
  '_astro',
  'title',
  'summary',
  'date',
  'updated',
  'draft',
  'sample',
  'review',
  'highlights',
  'sources',
  'charts',
  'aliases',
  'biasMeter',
  'corrections',
  'ratingChanges',
  'replies',
  'terms',
  'admin',
];

/** One subject readers browse by: a list field of a brief's frontmatter with its pages under `/<id>/`. */
export const taxonomyOptionSchema = z.strictObject({
  /** The frontmatter field and the address (`/sectors/`). */
  id: slugId.refine((id) => !RESERVED_IDS.includes(id), {
    error: `expected an id that is not one of Assay's own addresses or fields (${RESERVED_IDS.join(', ')})`,
  }),
  /** Its name for one term, e.g. `Sector`. */
  singular: line,
  /** Its name for the list, e.g. `Sectors`. */
  plural: line,
  /** How a term's slug becomes its label: `sentence` (`rare-earths` → `Rare earths`) or `title` (`united-states` → `United States`). */
  labelCase: z.enum(['sentence', 'title']).optional(),
  /** How much one shared term counts towards a brief's related briefs (default 1). */
  weight: z.number().min(0).max(10).optional(),
  /** Whether every brief must carry at least one term (default false). */
  required: z.boolean().optional(),
  /** The search filter's name in the address, `?<filterKey>=…` (default the id). */
  filterKey: slugId.optional(),
});

/** Names the search page already gives its filters and parameters. */
const SEARCH_NAMES: readonly string[] = RESERVED_SEARCH_KEYS;
/** Of those, the ones kept for subjects (the demo's `?topic=`, `?region=`, `?mineral=`). */
const SUBJECT_FILTER_KEYS: readonly string[] = ['topic', 'region', 'mineral'];

/** Interface strings a site words its own way: a text, or a text's plural forms (`one`, `other`, …). */
const stringsSchema = z.record(z.string(), z.union([z.string(), z.record(z.string(), z.string())]));

/** Where the editor at /admin/ saves in production (`npm run dev` saves to the working copy). */
const adminSchema = z.strictObject({
  /** The Git host: `github`, `gitlab`, `gitea` or `git-gateway` (Netlify Identity). */
  backend: z.enum(ADMIN_BACKENDS).default('github'),
  /** The site's repository as `owner/name`; not for git-gateway. */
  repo: z
    .string()
    .regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: 'expected a repository such as my-org/my-briefing' })
    .optional(),
  /** The branch editors publish to. */
  branch: line.default('main'),
  /** A self-hosted Git host's address, such as https://git.example.org. */
  baseUrl: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).optional(),
  /** The host's API address, when not the default of its kind. */
  apiRoot: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).optional(),
  /** The OAuth application id (GitLab without a server of its own, Gitea). */
  appId: line.optional(),
});

export const assayOptionsSchema = z.strictObject({
  /** The publication's name: the header, titles, feeds and cards. */
  title: line,
  /** One line on what it publishes: the home page, meta descriptions and feeds. */
  description: line,
  /** BCP 47 tag of the site's language; `en`, `fr` and `de` have built-in interface strings. */
  language: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: 'expected a language tag such as en, fr or de-CH' })
    .default('en'),
  /** The subjects readers browse by, in the order menus list them. */
  taxonomies: z
    .array(taxonomyOptionSchema)
    .refine((list) => new Set(list.map((t) => t.id)).size === list.length, { error: 'expected each id once' })
    .superRefine((list, context) => {
      // Each subject is a search filter under its filterKey (default its id): it must be its own and
      // not a name search already gives another filter or parameter.
      const seen = new Set<string>();
      list.forEach((subject, index) => {
        const key = subject.filterKey ?? subject.id;
        const taken = seen.has(key) || (SEARCH_NAMES.includes(key) && !SUBJECT_FILTER_KEYS.includes(key));
        seen.add(key);
        if (taken)
          context.addIssue({
            code: 'custom',
            path: [index, subject.filterKey ? 'filterKey' : 'id'],
            message: `expected a search filter name of its own, not one search already uses (${SEARCH_NAMES.filter((name) => !SUBJECT_FILTER_KEYS.includes(name)).join(', ')}) or another subject's`,
          });
      });
    })
    .default([
      { id: 'topics', singular: 'Topic', plural: 'Topics' },
      { id: 'regions', singular: 'Region', plural: 'Regions', labelCase: 'title' },
    ]),
  /**
   * Fields of the site's own in a brief's frontmatter, by name: `{ funder: { type: 'text' } }`. The
   * check validates them like any other field; pages and feeds do not show them.
   */
  fields: z
    .record(
      z.string().regex(/^[a-z][a-zA-Z0-9]*$/, { error: 'expected a field name such as funder or reviewDate' }),
      z.strictObject({ type: z.enum(EXTRA_FIELD_TYPES), required: z.boolean().optional() }),
    )
    .superRefine((fields, context) => {
      for (const name of Object.keys(fields))
        if (BRIEF_FIELD_NAMES.includes(name))
          context.addIssue({
            code: 'custom',
            path: [name],
            message: `expected a name a brief does not already have (${BRIEF_FIELD_NAMES.join(', ')})`,
          });
    })
    .default({}),
  /** Words that keep their own spelling when a term's slug becomes its label, e.g. `{ drc: 'DRC' }`. */
  labels: z.record(z.string(), z.string()).default({}),
  /** Interface strings overridden, by key of the English dictionary (src/i18n/en.json). */
  strings: stringsSchema
    .superRefine((strings, context) => {
      for (const key of Object.keys(strings))
        if (!(key in en)) {
          const meant = closest(key, Object.keys(en));
          context.addIssue({
            code: 'custom',
            path: [key],
            message: `expected a key of the interface dictionary (src/i18n/en.json)${meant ? `: did you mean \`${meant}\`?` : ''}`,
          });
        }
    })
    .default({}),
  /** The content folder, relative to the project's root. */
  content: z.string().min(1).default('content'),
  /** Briefs per listing page (archive, subjects, publishers, corrections); even fills the two-column grid. */
  pageSize: z.int().min(2).max(200).default(24),
  /** Items in each feed. */
  feedSize: z.int().min(1).max(500).default(50),
  /** Briefs on the home page. */
  homeSize: z.int().min(1).max(50).default(6),
  /** A logo shown before the name in the header: a file in `public/`, e.g. `/logo.svg`. */
  logo: z.string().regex(/^\//, { error: 'expected a path in public/ starting with /, such as /logo.svg' }).optional(),
  /** A CSS file of the site's own, loaded after Assay's styles: brand colours and type (custom properties). */
  customCss: z.string().min(1).optional(),
  /**
   * Readers' comments under each brief, held on a comment server the publication runs (Waline):
   * `{ server: 'https://comments.example.org' }`. Off when absent; nothing loads from the server
   * until a reader presses the Comments button.
   */
  comments: z
    .strictObject({
      /** The address of the Waline server (its `serverURL`), http(s). */
      server: z
        .string()
        .refine(
          (value) => {
            try {
              const url = new URL(value);
              return (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash;
            } catch {
              return false;
            }
          },
          { error: 'expected the http(s) address of the comment server, such as https://comments.example.org' },
        )
        .transform((value) => new URL(value).href.replace(/\/$/, '')),
    })
    .optional(),
  /** Social cards: a 1200 x 630 PNG per brief (title, verdict, Bias Meter) and one for the site, with their meta tags. */
  cards: z.boolean().default(true),
  /** The editor in the browser at /admin/ and where it saves; `false` leaves /admin/ out. */
  admin: z
    .union([z.boolean(), adminSchema], { error: 'expected true, false or { backend, repo, branch }' })
    .default(true),
  /** Experimental: reuse the pages of the previous build whose content is unchanged (Astro's incremental build). */
  incrementalBuild: z.boolean().default(false),
});

/** What a site writes. */
export type AssayUserOptions = z.input<typeof assayOptionsSchema>;
/** The options with their defaults. */
export type AssayOptions = z.output<typeof assayOptionsSchema>;

/** Options that `assay()` cannot use, each named with what was expected and what was found. */
export class AssayOptionsError extends Error {
  override name = 'AssayOptionsError';
}

const shown = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

/** What an issue expected, in the words of Assay's other messages ("a number of at least 2"). */
function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && (issue.origin === 'number' || issue.origin === 'int'))
    return `a number of at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && (issue.origin === 'number' || issue.origin === 'int'))
    return `a number of at most ${String(issue.maximum)}`;
  if (issue.code === 'invalid_type') return issue.expected === 'int' ? 'a whole number' : `a ${issue.expected}`;
  return issue.message.replace(/^Invalid input: /, '').replace(/^expected /, '');
}

/**
 * A union's own problems in place of "invalid input": those of the branch the value was meant for
 * (the one that did not refuse the value's type outright), with their full path.
 */
function unionBranchIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue];
    const meant = issue.errors.find((branch) =>
      branch.every((e) => !(e.code === 'invalid_type' && e.path.length === 0)),
    );
    return meant ? unionBranchIssues(meant.map((e) => ({ ...e, path: [...issue.path, ...e.path] }))) : [issue];
  });
}

/** Checks a site's options; throws one AssayOptionsError naming every problem. */
export function parseAssayOptions(input: unknown): AssayOptions {
  const result = assayOptionsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const lines = unionBranchIssues(result.error.issues).map((issue) => {
    const path = issue.path.map(String);
    let found: unknown = input;
    for (const key of path) found = (found as Record<string, unknown> | undefined)?.[key];
    const name = path.length === 0 ? 'assay()' : `assay option \`${path.join('.')}\``;
    if (issue.code === 'unrecognized_keys')
      return `${name}: expected only known options (${Object.keys(assayOptionsSchema.shape).join(', ')}); found ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
    const foundText = issue.code === 'custom' && path.at(-2) === 'strings' ? `\`${path.at(-1)}\`` : shown(found);
    return `${name}: expected ${expectation(issue)}; found ${foundText}`;
  });
  throw new AssayOptionsError(`Assay's options in astro.config.mjs:\n  ${lines.join('\n  ')}`);
}
