import { expect, test } from './support/fixtures';

const PAGES = ['/', '/wire', '/start', '/lab', '/lab/tabs', '/lab/lifetime', '/lab/capacity'];

test.describe('accessibility (axe)', () => {
  for (const path of PAGES) {
    for (const viewport of [
      { name: 'desktop', width: 1280, height: 900 },
      { name: 'phone', width: 390, height: 844 },
    ]) {
      test(`${path} on a ${viewport.name} has no axe violations`, async ({ page, expectAccessible }) => {
        await page.setViewportSize(viewport);
        await page.goto(path);
        // Let the live parts (panels read from the browser, the event stream) render first.
        await page.waitForLoadState('load');
        await expect(page.locator('[data-testid="stream-status"], [data-testid="lab-claim"], h1').first()).toBeVisible();
        await expectAccessible(page);
      });
    }
  }
});
