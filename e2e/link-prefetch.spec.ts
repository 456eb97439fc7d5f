import { expect, test, type Page } from '@playwright/test';

/**
 * Links load their page ahead of the click only when the visitor reaches for
 * one (components/intent-link.tsx): pointing at it, focusing it. Next's
 * default fetched every linked page in view as the page loaded, twenty server
 * renders on /lab, competing with the page's own start on a phone.
 */
function prefetchesOf(page: Page): string[] {
  const seen: string[] = [];
  // Synchronous: a handler still awaiting a header when the test ends fails it.
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch'] !== undefined) seen.push(new URL(request.url()).pathname);
  });
  return seen;
}

test('/lab: no link is fetched ahead as the page loads; pointing at one or focusing one fetches that page', async ({ page }) => {
  const prefetched = prefetchesOf(page);
  await page.goto('/lab');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Shop' })).toBeVisible();
  // Next prefetched links in view within moments of hydrating; give it more than that, then look.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
  await page.waitForTimeout(1_000);
  expect(prefetched).toEqual([]);

  await nav.getByRole('link', { name: 'Shop' }).hover();
  await expect.poll(() => prefetched).toContain('/shop');
  await nav.getByRole('link', { name: 'Compare' }).focus();
  await expect.poll(() => prefetched).toContain('/compare');
  expect(prefetched).not.toContain('/wire');

  await nav.getByRole('link', { name: 'Shop' }).click();
  await expect(page).toHaveURL(/\/shop$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
