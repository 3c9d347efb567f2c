import { describe, expect, it } from 'vitest';
import { AssayOptionsError, parseAssayOptions } from '../../src/options.ts';
import { resolveSettings } from '../../src/settings.ts';

const minimal = { title: 'Revue', description: 'Des synthèses.' };
const noEnv = { siteUrl: undefined, base: undefined, contentDir: undefined };

/** The message parseAssayOptions throws for `options`. */
function problemsOf(options: unknown): string {
  try {
    parseAssayOptions(options);
  } catch (error) {
    expect(error).toBeInstanceOf(AssayOptionsError);
    return (error as Error).message;
  }
  throw new Error('expected the options to be refused');
}

describe('parseAssayOptions', () => {
  it('fills the defaults a new site relies on', () => {
    const options = parseAssayOptions(minimal);
    expect(options.language).toBe('en');
    expect(options.taxonomies.map((t) => t.id)).toEqual(['topics', 'regions']);
    expect([options.pageSize, options.feedSize, options.homeSize, options.content]).toEqual([24, 50, 6, 'content']);
    expect(options.cards).toBe(true);
  });

  it('turns social cards off with cards: false, into the settings pages read', () => {
    const options = parseAssayOptions({ ...minimal, cards: false });
    expect(resolveSettings(options, {}, noEnv).cards).toBe(false);
    expect(problemsOf({ ...minimal, cards: 'no' })).toContain('assay option `cards`: expected a boolean; found "no"');
  });

  it('has the editor at /admin/ on by default, saving to GitHub, and turns it off with admin: false', () => {
    expect(resolveSettings(parseAssayOptions(minimal), {}, noEnv).admin).toEqual({ name: 'github', branch: 'main' });
    expect(resolveSettings(parseAssayOptions({ ...minimal, admin: false }), {}, noEnv).admin).toBe(false);
    const gitlab = parseAssayOptions({ ...minimal, admin: { backend: 'gitlab', repo: 'ed/briefs', appId: 'x1' } });
    expect(resolveSettings(gitlab, {}, noEnv).admin).toMatchObject({
      name: 'gitlab',
      repo: 'ed/briefs',
      branch: 'main',
    });
    expect(problemsOf({ ...minimal, admin: { backend: 'svn' } })).toContain('assay option `admin.backend`');
    expect(problemsOf({ ...minimal, admin: { repo: 'no slash' } })).toContain(
      'assay option `admin.repo`: expected a repository such as my-org/my-briefing; found "no slash"',
    );
    expect(problemsOf({ ...minimal, admin: 'yes' })).toContain(
      'assay option `admin`: expected true, false or { backend, repo, branch }; found "yes"',
    );
  });

  it('leaves comments off unless a comment server is named, and takes the environment over the option', () => {
    expect(resolveSettings(parseAssayOptions(minimal), {}, noEnv).comments).toBeUndefined();
    const on = parseAssayOptions({ ...minimal, comments: { server: 'https://comments.example.org/waline/' } });
    expect(resolveSettings(on, {}, noEnv).comments).toEqual({
      server: 'https://comments.example.org/waline',
      origin: 'https://comments.example.org',
    });
    expect(resolveSettings(on, {}, { ...noEnv, commentsServer: 'off' }).comments).toBeUndefined();
    expect(problemsOf({ ...minimal, comments: { server: 'javascript:alert(1)' } })).toContain(
      'assay option `comments.server`: expected the http(s) address of the comment server, such as https://comments.example.org; found "javascript:alert(1)"',
    );
  });

  it('names every wrong option with what was expected and what was found, at once', () => {
    const message = problemsOf({ ...minimal, title: '', pageSize: 1, feedSize: 'many', colour: 'red' });
    expect(message).toContain('assay option `title`: expected some text; found ""');
    expect(message).toContain('assay option `pageSize`: expected a number of at least 2; found 1');
    expect(message).toContain('assay option `feedSize`: expected a number; found "many"');
    expect(message).toMatch(/assay\(\): expected only known options \(title, description, .*\); found `colour`/);
  });

  it('refuses an interface string the dictionary does not have, with the key it probably meant', () => {
    expect(problemsOf({ ...minimal, strings: { 'home.lates': 'Newest' } })).toContain(
      'assay option `strings.home.lates`: expected a key of the interface dictionary (src/i18n/en.json): did you mean `home.latest`?; found `home.lates`',
    );
  });

  it('refuses a subject that would take an address, a field or a search filter of Assay’s own', () => {
    expect(problemsOf({ ...minimal, taxonomies: [{ id: 'briefs', singular: 'B', plural: 'Bs' }] })).toContain(
      'assay option `taxonomies.0.id`: expected an id that is not one of Assay',
    );
    expect(
      problemsOf({
        ...minimal,
        taxonomies: [
          { id: 'sectors', singular: 'Sector', plural: 'Sectors', filterKey: 'year' },
          { id: 'year', singular: 'Year', plural: 'Years' },
        ],
      }),
    ).toMatch(/taxonomies\.0\.filterKey`: expected a search filter name of its own[^\n]*\n.*taxonomies\.1\.id`/);
    expect(
      problemsOf({
        ...minimal,
        taxonomies: [
          { id: 'topics', singular: 'T', plural: 'Ts' },
          { id: 'topics', singular: 'T', plural: 'Ts' },
        ],
      }),
    ).toContain('assay option `taxonomies`: expected each id once');
  });
});

describe('resolveSettings', () => {
  const options = parseAssayOptions(minimal);

  it('takes the address from Astro’s site and base, which the environment overrides for one build', () => {
    const settings = resolveSettings(options, { site: 'https://revue.example.org', base: '/revue' }, noEnv);
    expect([settings.url, settings.base]).toEqual(['https://revue.example.org', '/revue/']);
    const overridden = resolveSettings(
      options,
      { site: 'https://revue.example.org' },
      { siteUrl: 'https://preview.example.org', base: '/pr-4/', contentDir: 'other' },
    );
    expect([overridden.url, overridden.base, overridden.contentDir]).toEqual([
      'https://preview.example.org',
      '/pr-4/',
      'other',
    ]);
  });

  it('refuses a path in site, saying it goes in base', () => {
    expect(() => resolveSettings(options, { site: 'https://example.github.io/revue/' }, noEnv)).toThrow(
      /`site`: expected the site's origin alone, such as https:\/\/example\.github\.io; .*a sub-path goes in `base`, e\.g\. base: '\/revue\/'/,
    );
  });
});
