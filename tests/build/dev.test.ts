// `npm run dev` is the editors' preview: drafts and future briefs show there, under a DRAFT banner.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, FIXTURE_CONTENT, FIXTURE_NOW, ROOT } from './buildSite.ts';

const PORT = 4455;
let server: ChildProcess;

beforeAll(async () => {
  server = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: { ...cleanEnv(), ASSAY_CONTENT_DIR: FIXTURE_CONTENT, ASSAY_NOW: FIXTURE_NOW, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
    },
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('astro dev did not start within two minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

afterAll(() => {
  server?.kill();
});

describe('npm run dev', () => {
  it('previews a draft with a visible DRAFT banner', async () => {
    const response = await fetch(`http://127.0.0.1:${PORT}/briefs/hidden-draft/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Hidden draft brief');
    expect(html).toMatch(/class="draft-banner"[^>]*>DRAFT: not published/);
  });

  it('previews a future brief too, and shows published briefs without the banner', async () => {
    expect(await (await fetch(`http://127.0.0.1:${PORT}/briefs/hidden-future/`)).text()).toContain(
      'class="draft-banner"',
    );
    expect(await (await fetch(`http://127.0.0.1:${PORT}/briefs/alpha-one/`)).text()).not.toContain(
      'class="draft-banner"',
    );
  });
});
