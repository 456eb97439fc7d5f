import { expect, test, type Page } from '@playwright/test';
import { ADMIN, ALICE, csrfToken, signedInBrowser } from './support/auth';

/**
 * No value a session can hold may widen a page. Each place that shows a
 * value gets a 1,024-character value without a space, and every page must
 * still fit its viewport, on a phone and on a laptop.
 */
const LONG = 'x'.repeat(1024);
const WIDTHS = [390, 1280];
const PAGES = [
  '/',
  '/shop',
  '/sessions',
  '/compare',
  '/lab',
  '/lab/tabs',
  '/lab/lifetime',
  '/lab/capacity',
  '/lab/security',
  '/lab/stateless',
  '/lab/fixation',
  '/lab/instances',
];

/** Long values in every store the pages read: server attributes, script-readable cookies, sessionStorage. */
async function fillWithLongValues(page: Page) {
  const token = await csrfToken(page.request);
  const headers = { 'x-csrf-token': token };
  // A server attribute of 1,024 characters (the stateless lab's note) and the capacity lab's payload.
  expect((await page.request.put('/api/lab/stateless/note', { headers, data: { bytes: 1024 } })).status()).toBe(200);
  await page.evaluate((long) => {
    const cookie = (name: string, value: string) => (document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; SameSite=Lax`);
    for (const name of ['user', 'language']) {
      cookie(`lab_${name}`, JSON.stringify(long));
      sessionStorage.setItem(`lab:${name}`, JSON.stringify(long));
    }
    cookie('lab_note', long);
    sessionStorage.setItem('lab:note', long);
  }, LONG);
}

async function expectNoSidewaysScroll(page: Page, path: string, width: number) {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(path);
  // Client components fill in what they read from cookies and sessionStorage once hydrated.
  // (Not 'networkidle': a page watching its session keeps an event stream open.)
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_500);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(innerWidth);
}

test('1,024-character values in the session, cookies, sessionStorage and the device name widen no page', async ({ browser }) => {
  test.setTimeout(180_000);
  // The device column shows the User-Agent the session was created with: a value the client chose.
  const { context, page } = await signedInBrowser(browser, ALICE, { userAgent: `Mozilla/5.0 ${LONG}` });
  try {
    await page.goto('/');
    await fillWithLongValues(page);
    for (const path of PAGES) for (const width of WIDTHS) await expectNoSidewaysScroll(page, path, width);
  } finally {
    await context.close();
  }
});

test('the admin list, with a 1,024-character device name among its sessions, fits the viewport', async ({ browser }) => {
  const long = await signedInBrowser(browser, ALICE, { userAgent: `Mozilla/5.0 ${LONG}` });
  const admin = await signedInBrowser(browser, ADMIN);
  try {
    for (const width of WIDTHS) await expectNoSidewaysScroll(admin.page, '/admin/sessions', width);
  } finally {
    await Promise.all([long.context.close(), admin.context.close()]);
  }
});
