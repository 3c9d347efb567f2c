// `npm run dev` is the editors' preview: drafts show there under a DRAFT banner, future briefs as scheduled.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, FIXTURE_CONTENT, FIXTURE_NOW, ROOT } from './buildSite.ts';

let PORT = 0;
let server: ChildProcess;

/** A port nothing listens on now, so parallel runs of this file never collide. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  PORT = await freePort();
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

  it('previews a brief dated in the future as scheduled for its date, not as a draft', async () => {
    const html = await (await fetch(`http://127.0.0.1:${PORT}/briefs/hidden-future/`)).text();
    expect(html).toContain('Hidden future brief');
    expect(html).toMatch(/role="status"[^>]*>\s*Scheduled for <time datetime="2030-01-01"[^>]*>1 January 2030<\/time>/);
    expect(html).not.toContain('DRAFT');
  });

  it('shows published briefs without a banner', async () => {
    const html = await (await fetch(`http://127.0.0.1:${PORT}/briefs/alpha-one/`)).text();
    expect(html).toContain('Alpha one on lithium brines');
    expect(html).not.toMatch(/class="draft-banner/);
  });
});
