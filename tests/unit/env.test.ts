import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/env.ts';

describe('readEnv', () => {
  it('leaves unset and empty variables undefined, so the settings use their defaults', () => {
    const env = readEnv({ ASSAY_BASE: '', HOME: '/root' });
    expect(Object.entries(env).filter(([, value]) => value !== undefined)).toEqual([['deferSearchIndex', false]]);
  });

  it('reads every variable Assay uses', () => {
    const env = readEnv({
      ASSAY_SITE_URL: 'https://briefs.example.org/',
      ASSAY_BASE: '/assay/',
      ASSAY_CONTENT_DIR: 'tests/fixtures/site/content',
      ASSAY_OUT_DIR: '/tmp/out',
      ASSAY_COMMENTS_SERVER: 'https://comments.example.org/',
      ASSAY_NOW: '2026-01-31',
      ASSAY_LOG_LEVEL: 'info',
      ASSAY_TIMINGS_FILE: '.bench/timings.json',
      ASSAY_TEST_PORT: '4421',
      ASSAY_WEIGHT_PORT: '4466',
      CHROMIUM_PATH: '/usr/bin/chromium',
      PAGEFIND_BINARY_PATH: '/bin/false',
      ASSAY_DEFER_SEARCH_INDEX: '1',
    });
    expect(env).toEqual({
      siteUrl: 'https://briefs.example.org',
      base: '/assay/',
      contentDir: 'tests/fixtures/site/content',
      outDir: '/tmp/out',
      commentsServer: 'https://comments.example.org',
      now: new Date('2026-01-31T00:00:00.000Z'),
      logLevel: 'info',
      timingsFile: '.bench/timings.json',
      testPort: 4421,
      weightPort: 4466,
      chromiumPath: '/usr/bin/chromium',
      pagefindBinaryPath: '/bin/false',
      deferSearchIndex: true,
    });
  });

  it('gives a base path its slashes: the root, one folder or several', () => {
    expect(readEnv({ ASSAY_BASE: '/' }).base).toBe('/');
    expect(readEnv({ ASSAY_BASE: '/assay' }).base).toBe('/assay/');
    expect(readEnv({ ASSAY_BASE: '/org/assay-2.0/' }).base).toBe('/org/assay-2.0/');
  });

  it.each([
    [
      'ASSAY_COMMENTS_SERVER',
      'javascript:alert(1)',
      /ASSAY_COMMENTS_SERVER: expected the http\(s\) address of a comment server/,
    ],
    ['ASSAY_NOW', 'soon', /ASSAY_NOW: expected an ISO date such as 2026-01-31; found "soon"/],
    ['ASSAY_BASE', 'assay/', /ASSAY_BASE: expected a path from the site root such as \/assay\/.*; found "assay\/"/],
    ['ASSAY_BASE', '//cdn.example.org/', /ASSAY_BASE: expected a path .*; found "\/\/cdn.example.org\/"/],
    ['ASSAY_BASE', '/a/../b/', /ASSAY_BASE: expected a path .*; found "\/a\/..\/b\/"/],
    ['ASSAY_BASE', '/my site/', /ASSAY_BASE: expected a path .*; found "\/my site\/"/],
    ['ASSAY_BASE', '/a//b/', /ASSAY_BASE: expected a path .*; found "\/a\/\/b\/"/],
    [
      'ASSAY_SITE_URL',
      'briefs.example.org',
      /ASSAY_SITE_URL: expected an http\(s\) address .*; found "briefs.example.org"/,
    ],
    ['ASSAY_SITE_URL', 'ftp://example.org', /ASSAY_SITE_URL: expected an http\(s\) address/],
    [
      'ASSAY_SITE_URL',
      'https://example.github.io/assay',
      /a sub-path goes in ASSAY_BASE\); found "https:\/\/example.github.io\/assay"/,
    ],
    ['ASSAY_LOG_LEVEL', 'loud', /ASSAY_LOG_LEVEL: expected one of debug, info, warn, error, silent; found "loud"/],
    ['ASSAY_TEST_PORT', '44a', /ASSAY_TEST_PORT: expected a port number from 1 to 65535; found "44a"/],
    ['ASSAY_WEIGHT_PORT', '70000', /ASSAY_WEIGHT_PORT: expected a port number from 1 to 65535; found "70000"/],
  ])('rejects %s=%s, naming the variable, what it expects and what it found', (name, value, message) => {
    expect(() => readEnv({ [name]: value })).toThrow(message);
  });

  it('reports every wrong variable at once', () => {
    expect(() => readEnv({ ASSAY_NOW: 'soon', ASSAY_TEST_PORT: '0' })).toThrow(
      /Environment variables:\n {2}ASSAY_NOW: expected .*\n {2}ASSAY_TEST_PORT: expected/,
    );
  });
});
