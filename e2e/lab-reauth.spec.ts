import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { ADMIN, ALICE, csrfToken, HASHING, loginWithForm } from './support/auth';
import { startServer, testPort, type RunningServer } from './support/server';
import { SESSION_COOKIE, sessionCookie } from './support/session-cookie';

/*
 * Sudo mode on a server of its own whose window is 20 seconds instead of 5
 * minutes (SESSION_REAUTH_WINDOW), so a password goes stale during the test
 * by the server's own clock. The tests wait for the page or the API to say
 * so; they never time anything themselves.
 */
const WINDOW_SECONDS = 20;
let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer({
    port: testPort(23),
    dataDir: '.e2e/reauth',
    fresh: true,
    env: { SESSION_REAUTH_WINDOW: String(WINDOW_SECONDS) },
  });
});
test.afterAll(async () => {
  await server?.stop();
});

async function signedIn(browser: Browser, account: typeof ALICE) {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await loginWithForm(page, account);
  return { context, page };
}

/** The session's ID and data: what a refused action must leave as it was (its last-access time moves with every read). */
async function session(request: APIRequestContext) {
  const { id, attributes } = (await (await request.get('/api/session')).json()).session as {
    id: string;
    attributes: { userId?: string; role?: string };
  };
  return { id, attributes };
}

async function fresh(request: APIRequestContext): Promise<boolean> {
  return (await (await request.get('/api/lab/reauth')).json()).freshness.fresh as boolean;
}

/** Confirms the password in the lab: fresh again, under a new ID. */
async function confirmPassword(page: Page, password: string) {
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Confirm my password' }).click();
  await expect(page.getByTestId('confirm-result')).toContainText('Confirmed. Your session moved to a new ID', HASHING);
}

async function waitUntilStale(page: Page) {
  await expect(page.getByTestId('freshness')).toHaveAttribute('data-fresh', 'no', { timeout: (WINDOW_SECONDS + 15) * 1000 });
}

test.describe('re-authentication lab: sudo mode', () => {
  test('the clock runs out live; a stale action is refused and changes nothing; bad input too; after the password, it works and the other browser is signed out live', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const other = await signedIn(browser, ALICE);
    await other.page.goto('/lab/reauth');
    const { context, page } = await signedIn(browser, ALICE);
    await page.goto('/lab/reauth');
    await expect(page.getByTestId('freshness')).toHaveAttribute('data-fresh', 'yes');
    await expect(page.getByTestId('freshness')).toContainText('Sensitive actions are allowed for');
    await expect(page.getByTestId('my-sessions')).toHaveText('Your live sessions right now: 2.');

    // The clock runs out on the page, by the server's clock.
    await waitUntilStale(page);
    await expect(page.getByTestId('freshness')).toContainText('sensitive actions will ask for your password again');
    expect(await fresh(page.request)).toBe(false);

    await page.getByRole('button', { name: 'End all my other sessions' }).click();
    await expect(page.getByTestId('others-result')).toContainText('Refused: this needs your password');
    const stale = await session(page.request);
    expect((await session(other.page.request)).attributes.userId).toBe('alice');

    // A cookie claiming a fresh password changes nothing: freshness lives in the server session.
    await context.addCookies([{ name: 'authenticatedAt', value: String(Date.now()), url: server.url }]);
    const forged = await page.request.post('/api/lab/reauth/others', { headers: { 'X-CSRF-Token': await csrfToken(page.request) } });
    expect(forged.status()).toBe(403);
    expect((await forged.json()).error.code).toBe('reauth_required');

    // A cross-site re-authentication POST is refused before anything happens.
    const crossSite = await page.request.post('/api/lab/reauth', {
      headers: { 'X-CSRF-Token': await csrfToken(page.request), Origin: `http://localhost:${server.port}` },
      data: { password: ALICE.password, authenticatedAt: null },
    });
    expect(crossSite.status()).toBe(403);
    expect((await crossSite.json()).error.code).toBe('csrf');
    expect(await session(page.request)).toEqual(stale);
    expect(await fresh(page.request)).toBe(false);

    // The password again: fresh, under a new ID.
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/lab/reauth') && r.method() === 'POST');
    await confirmPassword(page, ALICE.password);
    await expect(page.getByTestId('freshness')).toHaveAttribute('data-fresh', 'yes');
    const renewed = await session(page.request);
    expect(renewed.id).not.toBe(stale.id);

    // The same form sent again (a replay) is refused and changes nothing.
    const replay = await page.request.post('/api/lab/reauth', {
      headers: { 'X-CSRF-Token': await csrfToken(page.request), 'Content-Type': 'application/json' },
      data: (await sent).postData()!,
    });
    expect(replay.status()).toBe(409);
    expect((await replay.json()).error.code).toBe('reauth_replayed');
    expect((await session(page.request)).id).toBe(renewed.id);

    // Sign out everywhere else: the other browser's page says so at once; this one gets a new ID.
    await page.getByRole('button', { name: 'End all my other sessions' }).click();
    await expect(page.getByTestId('others-result')).toContainText('Ended 1 other session. This one moved to a new ID');
    await expect(other.page.getByText('This session was ended on the server')).toBeVisible();
    expect((await session(other.page.request)).attributes.userId).toBeUndefined();
    const after = await session(page.request);
    expect(after.id).not.toBe(renewed.id);
    expect(after.attributes.userId).toBe('alice');
    await expect(page.getByTestId('my-sessions')).toHaveText('Your live sessions right now: 1.');
    await other.context.close();
    await context.close();
  });

  test('a new ID keeps the sign-in when the response with the new cookie comes after the news of it', async ({ browser }) => {
    const { context, page } = await signedIn(browser, ALICE);
    const streaming = page.waitForResponse((r) => r.url().endsWith('/api/events'));
    await page.goto('/lab/reauth');
    await streaming; // the server now tells this page about its session at once
    const before = await session(page.request);
    // On a busy server the new ID's event can reach the page well before the
    // response carrying the new cookie. Here that response takes 2.5 s more:
    // route.fetch() stores the new cookie at once, so the old one is put back
    // until the response is handed to the page.
    const old = (await sessionCookie(context))!;
    await page.route('**/api/lab/reauth', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const response = await route.fetch();
      const renewed = (await sessionCookie(context))!;
      await context.addCookies([old]);
      // Put back in its place, not beside it: the browser now sends the old cookie only.
      expect((await context.cookies()).filter((c) => c.name === SESSION_COOKIE).map((c) => c.value)).toEqual([old.value]);
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await context.addCookies([renewed]);
      await route.fulfill({ response });
    });
    // Any other answer that sets the session cookie started a new session: the old cookie was sent after its ID was gone.
    const startedSessions: string[] = [];
    page.on('response', async (response) => {
      const setCookie = await response.headerValue('set-cookie');
      if (setCookie?.includes(`${SESSION_COOKIE}=`) && !response.url().endsWith('/api/lab/reauth')) startedSessions.push(response.url());
    });
    await confirmPassword(page, ALICE.password);
    const after = await session(page.request);
    expect(after.id).not.toBe(before.id);
    expect(after.attributes.userId).toBe('alice');
    // The stream follows the new ID once the cookie has landed: a change made outside the page still shows on it.
    const language = await page.request.put('/api/language', {
      headers: { 'X-CSRF-Token': await csrfToken(page.request) },
      data: { language: 'es' },
    });
    expect(language.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    expect(startedSessions).toEqual([]);
    await context.close();
  });

  test('the demo password change needs a fresh password and lasts in this session only', async ({ browser }) => {
    test.setTimeout(120_000); // five password hashes: on a busy machine each may wait for a hashing slot
    const { context, page } = await signedIn(browser, ALICE);
    await page.goto('/lab/reauth');
    await page.getByLabel('New password (demo)').fill('a-brand-new-one');
    await page.getByRole('button', { name: 'Change my password' }).click();
    await expect(page.getByTestId('password-result')).toContainText('Changed, for this session only', HASHING);
    await page.getByLabel('Password', { exact: true }).fill(ALICE.password);
    await page.getByRole('button', { name: 'Confirm my password' }).click();
    await expect(page.getByTestId('confirm-result')).toContainText('401 invalid_credentials', HASHING);
    await page.getByLabel('Password', { exact: true }).fill('a-brand-new-one');
    await page.getByRole('button', { name: 'Confirm my password' }).click();
    await expect(page.getByTestId('confirm-result')).toContainText('Confirmed.', HASHING);
    // Everyone else still signs in with the real one.
    const elsewhere = await signedIn(browser, ALICE);
    await elsewhere.context.close();
    await context.close();
  });

  test('an admin’s role change ends the user’s sessions (a new ID at the next login, with the new role); a stale admin cannot end sessions', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const alice = await signedIn(browser, ALICE);
    await alice.page.goto('/lab/reauth');
    const forbidden = await alice.page.request.put('/api/lab/reauth/role', {
      headers: { 'X-CSRF-Token': await csrfToken(alice.page.request) },
      data: { userId: 'alice', role: 'admin' },
    });
    expect(forbidden.status()).toBe(403);
    expect((await forbidden.json()).error.code).toBe('forbidden');

    const admin = await signedIn(browser, ADMIN);
    await admin.page.goto('/lab/reauth');
    await admin.page.getByRole('button', { name: 'Make Alice an admin' }).click();
    await expect(admin.page.getByTestId('role-result')).toContainText(
      /Alice is now “admin”\. (1 of her sessions was|([2-9]|\d{2,}) of her sessions were) ended/,
    );
    await expect(alice.page.getByText('This session was ended on the server')).toBeVisible();
    await loginWithForm(alice.page, ALICE);
    expect((await session(alice.page.request)).attributes.role).toBe('admin');

    // Alice's login hashed a password, which on a busy machine can outlast the admin's 20 s
    // window: the admin confirms again, as the lab would ask, so this change is not refused.
    await confirmPassword(admin.page, ADMIN.password);
    await admin.page.getByRole('button', { name: 'Make Alice a user again' }).click();
    await expect(admin.page.getByTestId('role-result')).toContainText('Alice is now “user”. 1 of her sessions was ended');
    await loginWithForm(alice.page, ALICE);
    expect((await session(alice.page.request)).attributes.role).toBe('user');

    // The admin list's "end any session" is sensitive too: refused once the admin's password is stale.
    await waitUntilStale(admin.page);
    const target = (await session(alice.page.request)).id;
    const refused = await admin.page.request.delete(`/api/admin/sessions/${target}`, {
      headers: { 'X-CSRF-Token': await csrfToken(admin.page.request) },
    });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe('reauth_required');
    expect((await session(alice.page.request)).attributes.userId).toBe('alice');
    await admin.page.getByRole('button', { name: 'Make Alice an admin' }).click();
    await expect(admin.page.getByTestId('role-result')).toContainText('Refused: this needs your password');
    expect((await session(alice.page.request)).attributes.role).toBe('user');
    await alice.context.close();
    await admin.context.close();
  });
});

// On the main test server (its window is the default five minutes, so the countdown is still running when the page is read).
test.describe('re-authentication lab in another time zone than the server', () => {
  // Auckland is UTC+12 or +13: a time written in the browser's zone differs from the server's by the hour.
  test.use({ timezoneId: 'Pacific/Auckland' });

  test('the time of the password reads as the server wrote it, in UTC, and the page hydrates without a mismatch', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await loginWithForm(page, ALICE);
    await page.goto('/lab/reauth');
    const freshness = page.getByTestId('freshness');
    const typedAt = (await (await page.request.get('/api/lab/reauth')).json()).freshness.authenticatedAt as number;
    const utc = new Date(typedAt).toISOString();
    await expect(freshness.locator('time')).toHaveAttribute('datetime', utc);
    // What Intl writes in UTC (the app writes it by hand, in the server and the browser alike).
    const written = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC', hourCycle: 'h23' }).format(
      typedAt,
    );
    await expect(freshness.locator('time')).toHaveText(`You last typed your password at ${written} UTC.`);
    // Hydrated: the countdown runs on the browser's clock.
    await expect(freshness).not.toHaveText((await freshness.textContent()) ?? '');
    // React reports a mismatch as an error (#418 in production builds); there must be none.
    expect(errors.filter((text) => /hydrat|#418|#425/i.test(text))).toEqual([]);
  });
});
