// The fixture brief escape-everything.md puts `</script><script>alert(1)</script>` and an `<img onerror>`
// into a chart's title, labels and series. The demo site has no such brief, so this file builds the
// fixture site itself and serves it on a free port.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serve } from './serve.ts';

let outDir: string;
let server: Server;
let origin: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  outDir = mkdtempSync(join(tmpdir(), 'assay-e2e-fixture-'));
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, ASSAY_CONTENT_DIR: 'tests/fixtures/site/content', ASSAY_OUT_DIR: outDir, ASSAY_NOW: '2026-06-01T12:00:00Z' },
  });
  if (build.status !== 0) throw new Error(`fixture build failed:\n${build.stdout}\n${build.stderr}`);
  server = await serve(outDir, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => {
  server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

test('markup in chart data is drawn and listed as text, and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}/briefs/escape-everything/`);
  const figure = page.locator('#chart-hostile-labels');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-drawn', '');
  await expect(figure.locator('figcaption')).toContainText('</script><script>alert(1)</script> chart title');
  await figure.getByText('Show the data').click();
  await expect(figure.getByRole('rowheader')).toHaveText(['</script><script>alert(1)</script>', '<img src=x onerror=alert(1)>', /^<!-- comment &[\s\u2028]+separator$/]);
  // Hovering a bar draws its label text on the canvas, through the same data.
  await figure.locator('canvas').hover({ position: { x: 200, y: 40 } });
  await page.waitForTimeout(300);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('script').count()).toBe(2);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
