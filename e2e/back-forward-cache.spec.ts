import { expect, test, type Page } from '@playwright/test';
import { chromiumExecutable } from './support/chromium';

/** Chromium's own reasons when a back/forward navigation could not use the cache (DevTools protocol). */
async function watchCacheMisses(page: Page): Promise<string[]> {
  const reasons: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  cdp.on('Page.backForwardCacheNotUsed', (event) => reasons.push(...event.notRestoredExplanations.map((e) => e.reason)));
  return reasons;
}

/** What the live parts hold open (the event stream, its Web Lock, the BroadcastChannels) would block the cache as: */
const LIVE_PARTS_BLOCKERS = /^(OutstandingNetworkRequest|WebLocks|BroadcastChannel|WebSocket)/;

const eventStream = (page: Page) => page.waitForRequest((request) => request.url().endsWith('/api/events'));

// Playwright turns the cache off in the browsers it launches; this one has it, as a visitor's does.
test.use({
  launchOptions: {
    executablePath: chromiumExecutable(),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

test.describe('back/forward cache', () => {
  // The pages that hold the live event stream of the session.
  for (const path of ['/', '/lab/lifetime']) {
    test(`${path}: the live parts let go on pagehide and stream again on pageshow`, async ({ page }) => {
      const misses = await watchCacheMisses(page);
      const firstStream = eventStream(page);
      await page.goto(path);
      await firstStream;
      await page.goto('/compare');
      const reloaded = eventStream(page); // the document loaded again has a stream of its own
      await page.goBack();
      await expect.poll(() => misses.length).toBeGreaterThan(0);
      // Chromium names no blocker of ours. What it does name is the documents' and the API's
      // `Cache-Control: no-store` (a page about one session must not outlive a logout in the cache).
      expect(misses.filter((reason) => LIVE_PARTS_BLOCKERS.test(reason))).toEqual([]);
      expect(misses).toContain('MainResourceHasCacheControlNoStore');

      // A page that does come back from the cache (pageshow, persisted) opens its stream again.
      await reloaded;
      const streams: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('/api/events')) streams.push(request.url());
      });
      await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
      const again = eventStream(page);
      await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
      await again;
      expect(streams).toHaveLength(1);
    });
  }
});
