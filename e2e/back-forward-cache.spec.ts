import { expect, test, type Page } from '@playwright/test';

/** Chromium's own reasons, when a back/forward navigation could not use the cache (DevTools protocol). */
async function watchCacheMisses(page: Page): Promise<string[]> {
  const reasons: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  cdp.on('Page.backForwardCacheNotUsed', (event) => reasons.push(...event.notRestoredExplanations.map((e) => e.reason)));
  return reasons;
}

test.describe('back/forward cache', () => {
  // The pages that hold the live event stream of the session (and a Web Lock and BroadcastChannels with it).
  for (const path of ['/', '/lab/lifetime']) {
    test(`${path} closes its event stream on pagehide, comes back from the cache, and streams again`, async ({ page }) => {
      const misses = await watchCacheMisses(page);
      const firstStream = page.waitForResponse((response) => response.url().endsWith('/api/events'));
      await page.goto(path);
      expect((await firstStream).status()).toBe(200);
      // State only this copy of the document has: it survives only if the page itself is restored.
      await page.evaluate(() => {
        (window as unknown as { restored: boolean }).restored = false;
        window.addEventListener('pageshow', (event) => {
          (window as unknown as { restored: boolean }).restored = event.persisted;
        });
      });

      await page.goto('/compare');
      const streamAgain = page.waitForResponse((response) => response.url().endsWith('/api/events'));
      await page.goBack();
      const restored = await page.evaluate(() => (window as unknown as { restored?: boolean }).restored);
      expect(restored, `not restored from the back/forward cache: ${misses.join(', ')}`).toBe(true);
      // The restored page opened its stream again.
      expect((await streamAgain).status()).toBe(200);
    });
  }
});
