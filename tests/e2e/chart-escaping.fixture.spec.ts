// The fixture brief escape-everything.md puts `</script><script>alert(1)</script>` and an `<img onerror>`
// into a chart's title, labels and series. Runs against the fixture site (the `fixture` project).
import { expect, test } from '@playwright/test';
import { settle } from './settle.ts';

/** What the hover label says over the middle bar: label · series: value and unit, as hoverText writes it. */
const HOVER_TEXT = '<img src=x onerror=alert(1)> · </SCRIPT><script>alert(2)</script>: 2 <b>units</b>';

test('markup in chart data is drawn and listed as text, and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  // The `<img src=x>` in the data, had it become an element, would ask for a file named x.
  const fetchedX: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/x')) fetchedX.push(request.url());
  });
  // The hover label exists only as pixels: record the text the chart's canvas is given to draw.
  await page.addInitScript(() => {
    const drawn: string[] = [];
    (window as unknown as { drawnText: string[] }).drawnText = drawn;
    const { prototype } = CanvasRenderingContext2D;
    const fillText = Object.getOwnPropertyDescriptor(prototype, 'fillText')!.value as (...args: unknown[]) => void;
    prototype.fillText = function (this: CanvasRenderingContext2D, ...args) {
      if (this.canvas.closest('#chart-hostile-labels')) drawn.push(args[0]);
      Reflect.apply(fillText, this, args);
    };
  });
  const drawnText = () => page.evaluate(() => (window as unknown as { drawnText: string[] }).drawnText);
  await page.goto('/briefs/escape-everything/');
  const figure = page.locator('#chart-hostile-labels');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-drawn', '');
  await expect(figure.locator('figcaption')).toContainText('</script><script>alert(1)</script> chart title');
  await figure.getByText('Show the data').click();
  await expect(figure.getByRole('rowheader')).toHaveText([
    '</script><script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    /^<!-- comment &[\s\u2028]+separator$/,
  ]);
  // The labels beside the bars are drawn from the same data, as text.
  await expect.poll(drawnText).toContain('<img src=x onerror=alert(1)>');
  expect(await drawnText()).not.toContain(HOVER_TEXT);
  // The chart's bars lie across it, three deep: the middle of the canvas is on the middle bar, whose
  // label, series name and unit the hover label writes out.
  const canvas = figure.locator('canvas');
  const box = (await canvas.boundingBox())!;
  await canvas.hover({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect.poll(drawnText).toContain(HOVER_TEXT);
  await settle(page);
  // Nothing from the data became an element, loaded or ran.
  await expect(page.locator('img')).toHaveCount(0);
  expect(fetchedX).toEqual([]);
  // The JSON-LD, the chart's JSON, the chart loader, the search launcher and the comments' loader
  // (the fixture site has comments on): nothing more.
  expect(await page.locator('script').count()).toBe(5);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
