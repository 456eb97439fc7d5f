import { expect, test } from '@playwright/test';
import { documentCookie, mirrorInPage, tabStorage } from './support/browser-stores';
import { SESSION_COOKIE } from './support/session-cookie';
import { ALICE, loginWithForm, sessionOf } from './support/auth';

const PANELS = ['Server session', 'Cookie', 'sessionStorage'] as const;

test.describe('the dashboard', () => {
  test('shows three panels named Server session, Cookie and sessionStorage: the data first, then size and tabs, then where, who and lifetime behind Details', async ({
    page,
  }) => {
    await page.goto('/');
    for (const name of PANELS) {
      const panel = page.getByRole('region', { name, exact: true });
      await expect(panel).toBeVisible();
      // The data leads; size and tabs follow in a compact row; who reads it and how long it lasts wait behind "Details".
      for (const row of ['User', 'Cart', 'Language'])
        await expect(panel.getByRole('rowheader', { name: new RegExp(`^${row}`) })).toBeVisible();
      for (const term of ['Size', 'Tabs that see it']) {
        await expect(
          panel
            .getByRole('term')
            .filter({ hasText: new RegExp(`^${term}$`) })
            .first(),
        ).toBeVisible();
      }
      await expect(panel.getByRole('term').filter({ hasText: /^Who can read it$/ })).toBeHidden();
      const data = (await panel.getByRole('table').boundingBox())!;
      const size = (await panel
        .getByRole('term')
        .filter({ hasText: /^Size$/ })
        .first()
        .boundingBox())!;
      expect(size.y).toBeGreaterThan(data.y + data.height - 1);
      await panel.getByText('Details: where it lives, who reads it, how long it lasts').click();
      await expect(panel.getByRole('term').filter({ hasText: /^Who can read it$/ })).toBeVisible();
    }
    const server = page.getByRole('region', { name: 'Server session' });
    await expect(server.getByText('Only the server.')).toBeVisible();
    // The budget the app enforces (every attribute capped), not the store's 1,000,000,000-byte ceiling.
    await expect(server.getByTestId('server-session-size')).toContainText('of 81,920 bytes');
    await expect(server.getByRole('timer')).toHaveCount(2);
    const cookie = page.getByRole('region', { name: 'Cookie', exact: true });
    await expect(cookie.getByText(/any script on the page/)).toBeVisible();
    await expect(cookie.getByText('meant to end when the browser closes, but session restore can keep it', { exact: false })).toBeVisible();
    await expect(cookie.getByTestId('cookie-size')).toContainText('4,096 bytes');
    const storage = page.getByRole('region', { name: 'sessionStorage' });
    await expect(storage.getByText('in this tab only', { exact: false })).toBeVisible();
    await expect(storage.getByText('Until this tab closes', { exact: false })).toBeVisible();
  });

  test('document.cookie omits the HttpOnly session cookie, and the Cookie panel says so with its size', async ({ page, context }) => {
    await page.goto('/');
    const jar = await context.cookies();
    const session = jar.find((c) => c.name === SESSION_COOKIE)!;
    expect(await documentCookie(page)).not.toContain(SESSION_COOKIE);
    const bytes = `${SESSION_COOKIE}=${session.value}`.length;
    await expect(page.getByTestId('session-cookie-note')).toHaveText(
      `${SESSION_COOKIE} is HttpOnly: document.cookie does not show it, but it goes with each request this site’s pages make (${bytes.toLocaleString('en')} bytes).`,
    );
  });

  test('a copy written by an action shows in the Cookie panel of every tab, but in the sessionStorage panel of its own tab only', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    const other = await context.newPage();
    await other.goto('/');
    await mirrorInPage(page, 'language', 'ko');
    await mirrorInPage(page, 'cart', [{ productId: 'tea', quantity: 2 }]);
    for (const tab of [page, other]) {
      const cookieData = tab.getByTestId('cookie-data');
      await expect(cookieData.getByRole('row', { name: /Language/ })).toContainText('"ko"');
      await expect(cookieData.getByRole('row', { name: /Cart/ })).toContainText('[{"productId":"tea","quantity":2}]');
      await expect(cookieData.getByRole('row', { name: /Language/ })).toContainText(/until [A-Z][a-z]{2} \d{1,2}, \d{4}/); // the date, in the visitor's language
    }
    await expect(page.getByTestId('storage-data').getByRole('row', { name: /Language/ })).toContainText('"ko"');
    await expect(other.getByTestId('storage-data').getByRole('row', { name: /Language/ })).toContainText('(none)');
    expect(await tabStorage(other)).toEqual({});
    // The Max-Age copy expires in about 7 days; the browser says when.
    const lab = (await context.cookies()).find((c) => c.name === 'lab_language')!;
    expect(lab.expires * 1000 - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(lab.httpOnly).toBe(false);
  });

  test('a new tab shares the server session and the cookies, not sessionStorage', async ({ page, context }) => {
    await page.goto('/');
    await mirrorInPage(page, 'language', 'es');
    const fingerprint = await page.getByTestId('session-fingerprint').textContent();
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByTestId('session-fingerprint')).toHaveText(fingerprint!);
    expect(await documentCookie(second)).toBe(await documentCookie(page));
    expect(await tabStorage(page)).toEqual({ 'lab:language': '"es"' });
    expect(await tabStorage(second)).toEqual({});
  });

  test('counts open tabs live: 2 tabs, then 3 with a window.open copy, then 2 again', async ({ page, context }) => {
    await page.goto('/');
    const second = await context.newPage();
    await second.goto('/');
    for (const tab of [page, second]) {
      await expect(tab.getByTestId('server-tabs')).toHaveAttribute('data-total', '2');
      await expect(tab.getByTestId('cookie-tabs')).toHaveAttribute('data-total', '2');
      // Both tabs are empty: that is not "the same data" (it said "2 of 2 open tabs hold this same data").
      await expect(tab.getByTestId('storage-tabs')).toHaveText('2 of 2 open tabs (this one included) hold none of this data yet.');
    }
    await mirrorInPage(page, 'language', 'ko');
    await expect(page.getByTestId('storage-tabs')).toHaveText('1 of 2 open tabs hold this same data.');
    await expect(second.getByTestId('storage-tabs')).toHaveText('1 of 2 open tabs (this one included) hold none of this data yet.');

    const [copy] = await Promise.all([context.waitForEvent('page'), page.evaluate(() => void window.open('/'))]);
    await copy.waitForLoadState();
    expect(await tabStorage(copy)).toEqual({ 'lab:language': '"ko"' });
    for (const tab of [page, copy]) await expect(tab.getByTestId('storage-tabs')).toHaveText('2 of 3 open tabs hold this same data.');
    await expect(second.getByTestId('storage-tabs')).toHaveText('1 of 3 open tabs (this one included) hold none of this data yet.');
    for (const tab of [page, second, copy]) await expect(tab.getByTestId('server-tabs')).toHaveAttribute('data-total', '3');

    await second.close();
    for (const tab of [page, copy]) {
      await expect(tab.getByTestId('server-tabs')).toHaveAttribute('data-total', '2');
      await expect(tab.getByTestId('storage-tabs')).toHaveText('2 of 2 open tabs hold this same data.');
    }
  });

  test('panels in tab B follow live when tab A changes the server session (SSE), without reloading B', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    const tabA = await context.newPage();
    await tabA.goto('/lab/tabs');
    await tabA.getByRole('textbox', { name: 'Note' }).fill('green');
    await tabA.getByRole('button', { name: 'Save the note in all three' }).click();
    await expect(tabA.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    const attributes = page.getByTestId('inspector-attributes');
    await expect(attributes.getByRole('row', { name: /labNote/ })).toContainText('"green"');
    await expect(page.getByRole('log')).toContainText('Attribute labNote added');
    await expect(page.getByTestId('server-session-size')).toContainText('bytes');
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    await tabA.getByRole('textbox', { name: 'Note' }).fill('violet');
    await tabA.getByRole('button', { name: 'Save the note in all three' }).click();
    await expect(attributes.getByRole('row', { name: /labNote/ })).toContainText('"violet"');
    await expect(page.getByRole('log')).toContainText('Attribute labNote replaced');
  });

  test("seven open dashboards share one event stream, so the browser's six connections per host never run out", async ({ context }) => {
    const streams: string[] = [];
    context.on('request', (request) => {
      if (request.url().endsWith('/api/events')) streams.push(request.url());
    });
    const tabs = [];
    for (let i = 0; i < 7; i++) {
      const tab = await context.newPage();
      await tab.goto('/', { timeout: 10_000 });
      tabs.push(tab);
    }
    for (const tab of tabs) await expect(tab.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
    await expect(tabs[6]!.getByTestId('server-tabs')).toHaveAttribute('data-total', '7');
    expect(streams).toHaveLength(1);
  });

  test("the inspector lists every attribute with its size and the session's times", async ({ page }) => {
    await page.goto('/');
    const inspector = page.getByRole('region', { name: 'Session inspector' });
    for (const term of ['Created', 'Last active', 'Ends if idle at', 'Ends at the latest at'])
      await expect(inspector.getByText(term, { exact: true })).toBeVisible();
    const session = await sessionOf(page.request);
    for (const [name, value] of Object.entries(session.attributes)) {
      const row = inspector.getByRole('row', { name: new RegExp(`^${name}`) });
      await expect(row).toContainText(`${Buffer.byteLength(JSON.stringify(value))} bytes`);
    }
    await expect(page.getByRole('log')).toContainText('Session created');
  });

  test('on a phone, signed in, each attribute name in the inspector fits its cell instead of running into its value', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await loginWithForm(page, ALICE); // login adds the longest name, authenticatedAt
    await page.goto('/');
    const names = page.getByTestId('inspector-attributes').locator('th[scope="row"]');
    await expect(names.filter({ hasText: 'authenticatedAt' })).toBeVisible();
    const overruns = await names.evaluateAll((cells) =>
      cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent),
    );
    expect(overruns).toEqual([]);
  });

  test('stacks the panels on a phone and puts them side by side on a wide screen', async ({ page }) => {
    const boxes = async () =>
      Promise.all(PANELS.map(async (name) => (await page.getByRole('region', { name, exact: true }).boundingBox())!));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const narrow = await boxes();
    expect(narrow[0]!.x).toBe(narrow[1]!.x);
    expect(narrow[1]!.y).toBeGreaterThanOrEqual(narrow[0]!.y + narrow[0]!.height);
    expect(narrow[2]!.y).toBeGreaterThanOrEqual(narrow[1]!.y + narrow[1]!.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
    const wide = await boxes();
    expect(wide[0]!.y).toBe(wide[1]!.y);
    expect(wide[1]!.x).toBeGreaterThan(wide[0]!.x + wide[0]!.width);
    expect(wide[2]!.x).toBeGreaterThan(wide[1]!.x + wide[1]!.width);
  });
});

test.describe('the dashboard, for a visitor in another time zone', () => {
  test.use({ timezoneId: 'Pacific/Auckland' });

  test("the timeline's times are the server's UTC times of day, and its introduction says they are UTC", async ({ page }) => {
    await page.goto('/');
    const log = page.getByRole('log');
    await expect(log).toContainText('Session created');
    await expect(page.getByText('What happened to this session, as the server reports it, with times in UTC.')).toBeVisible();
    // Hydrated: the live feed runs in the browser.
    await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
    const time = log.locator('time').first();
    const at = (await time.getAttribute('datetime'))!;
    // "2026-12-01T04:23:45.000Z" → "04:23:45": UTC, not Auckland's clock.
    await expect(time).toHaveText(at.slice(11, 19));
  });
});
