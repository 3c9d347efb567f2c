// The fixture brief escape-everything.md puts `</script><script>alert(1)</script>` and an `<img onerror>`
// into a chart's title, labels and series. Runs against the fixture site (the `fixture` project).
import { expect, test } from '@playwright/test';

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
  // Hovering a bar draws its label text on the canvas, through the same data.
  await figure.locator('canvas').hover({ position: { x: 200, y: 40 } });
  await page.waitForTimeout(300);
  expect(await page.locator('img').count()).toBe(0);
  // The JSON-LD, the chart's JSON, the chart loader and the search launcher: nothing more.
  expect(await page.locator('script').count()).toBe(4);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
