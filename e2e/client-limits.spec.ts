import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { ALICE, apiLogin, csrfToken } from './support/auth';
import { startServer, testPort, type RunningServer } from './support/server';

/*
 * The limits on what one client can make the server do (issue 11, "What an
 * attacker could do"). Each server here is this file's own: locking alice out
 * on the shared test server would break every other test that signs in.
 */

/** A browser context that reaches `server` from `address` (as the trusted proxy reports it). */
function from(browser: Browser, server: RunningServer, address: string) {
  return browser.newContext({ baseURL: server.url, extraHTTPHeaders: { 'X-Forwarded-For': address } });
}

// Each wrong login runs a real scrypt hash (seconds each on a busy machine): room for twenty or so in a row.
test.describe.configure({ timeout: 240_000 });

async function errorCode(response: { json(): Promise<{ error?: { code?: string } }> }) {
  return (await response.json()).error?.code;
}

test.describe('with the defaults: no proxy trusted', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer({ port: testPort(22), dataDir: '.e2e/limits-direct', fresh: true, env: { TRUST_PROXY: '0' } });
  });
  test.afterAll(async () => server?.stop());

  test('a forged X-Forwarded-For (or address header) is ignored: 20 failures from "20 addresses" lock the one real address', async ({
    playwright,
  }) => {
    const request = await playwright.request.newContext({ baseURL: server.url });
    try {
      const token = await csrfToken(request);
      const attempt = (i: number) =>
        request.post('/api/login', {
          data: { username: `forger-${i}`, password: 'guess' },
          headers: {
            'X-CSRF-Token': token,
            'X-Forwarded-For': `198.51.100.${i}`,
            'X-Session-Lab-Client-Address': `203.0.113.${i}`,
          },
        });
      for (let i = 0; i < 20; i++) expect((await attempt(i)).status()).toBe(401);
      const refused = await attempt(20);
      expect(refused.status()).toBe(429);
      expect(await errorCode(refused)).toBe('too_many_attempts');
      expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    } finally {
      await request.dispose();
    }
  });

  test('no X-Served-By unless INSTANCE_NAME is set', async ({ playwright }) => {
    const request = await playwright.request.newContext({ baseURL: server.url });
    for (const path of ['/api/health', '/api/session', '/'])
      expect((await request.get(path)).headers()['x-served-by'], path).toBeUndefined();
    await request.dispose();
  });
});

test.describe.serial('small limits, behind a trusted proxy', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer({
      port: testPort(9),
      dataDir: '.e2e/limits-small',
      fresh: true,
      // One hash at a time and no waiting, so a burst shows the 503s; five new sessions a minute per address.
      env: { LOGIN_HASH_LIMIT: '1', LOGIN_HASH_WAIT_MS: '0', SESSION_CREATE_LIMIT: '5' },
    });
  });
  test.afterAll(async () => server?.stop());

  test('a burst of wrong logins from many addresses: one hash at a time, the rest 503 busy with Retry-After', async ({ playwright }) => {
    const clients: APIRequestContext[] = [];
    try {
      for (let i = 0; i < 12; i++) {
        clients.push(await playwright.request.newContext({ baseURL: server.url, extraHTTPHeaders: { 'X-Forwarded-For': `192.0.2.${i}` } }));
      }
      const tokens = await Promise.all(clients.map((client) => csrfToken(client)));
      const answers = await Promise.all(
        clients.map((client, i) =>
          client.post('/api/login', { data: { username: `flood-${i}`, password: 'x' }, headers: { 'X-CSRF-Token': tokens[i]! } }),
        ),
      );
      const statuses = answers.map((answer) => answer.status());
      expect(
        statuses.every((status) => status === 401 || status === 503),
        statuses.join(','),
      ).toBe(true);
      const busy = answers.filter((answer) => answer.status() === 503);
      expect(busy.length).toBeGreaterThan(0);
      for (const answer of busy) {
        expect(await errorCode(answer)).toBe('busy');
        expect(Number(answer.headers()['retry-after'])).toBeGreaterThanOrEqual(1);
      }
      // A refused-while-busy attempt is not held against the account: alice's own login goes through afterwards.
      const alice = clients[0]!;
      expect((await apiLogin(alice, ALICE.username, ALICE.password)).status()).toBe(200);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });

  test('one address may start 5 sessions a minute: then 429 for the API (JSON) and for pages (a friendly page)', async ({
    playwright,
    browser,
  }) => {
    const address = '198.51.100.150';
    for (let i = 0; i < 5; i++) {
      const bot = await playwright.request.newContext({ baseURL: server.url, extraHTTPHeaders: { 'X-Forwarded-For': address } });
      expect((await bot.get('/api/session')).status()).toBe(200);
      await bot.dispose();
    }
    const api = await playwright.request.newContext({ baseURL: server.url, extraHTTPHeaders: { 'X-Forwarded-For': address } });
    const refused = await api.get('/api/session');
    expect(refused.status()).toBe(429);
    expect(await errorCode(refused)).toBe('too_many_sessions');
    expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
    await api.dispose();

    const context = await from(browser, server, address);
    const page = await context.newPage();
    const response = await page.goto('/');
    expect(response?.status()).toBe(429);
    expect(response?.headers()['retry-after']).toBeTruthy();
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'nonce-");
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Too many new sessions');
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
    await context.close();

    // Another address, and a browser that kept its cookie, are not affected.
    const other = await from(browser, server, '198.51.100.151');
    expect((await (await other.newPage()).goto('/'))?.status()).toBe(200);
    await other.close();
  });

  test('a browser that logs in and out stays within 5 new sessions a minute: link prefetches make none', async ({ browser }) => {
    const context = await from(browser, server, '198.51.100.160');
    try {
      const page = await context.newPage();
      const refused: string[] = [];
      const prefetchesThatSetTheCookie: string[] = [];
      let loggedOut = false;
      let prefetchesAfterLogout = 0;
      page.on('response', async (response) => {
        if (response.status() === 429) refused.push(response.url());
        const request = response.request();
        try {
          if (!(await request.headerValue('next-router-prefetch'))) return;
          if (loggedOut) prefetchesAfterLogout++;
          if (((await response.headerValue('set-cookie')) ?? '').includes('__Host-sid=')) prefetchesThatSetTheCookie.push(request.url());
        } catch (error) {
          // A response still being read when the test closed its context: nothing is left to count.
          if (!context.pages().length) return;
          throw error;
        }
      });
      await page.goto('/login');
      await page.getByLabel('Username').fill(ALICE.username);
      await page.getByLabel('Password').fill(ALICE.password);
      await page.getByRole('button', { name: 'Log in' }).click();
      await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
      loggedOut = true;
      await page.getByRole('button', { name: 'Log out' }).click();
      await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible();
      // Reach for the header's links, with no cookie now: each is prefetched (components/intent-link.tsx). Let them land.
      for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) await link.hover();
      await expect.poll(() => prefetchesAfterLogout).toBeGreaterThanOrEqual(4);
      for (const path of ['/shop', '/lab', '/']) expect((await page.goto(path))?.status()).toBe(200);
      expect(refused).toEqual([]);
      expect(prefetchesThatSetTheCookie).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

// Its own server: a browser that logs in and out starts more sessions than the small-limits server's
// five a minute allows (see the note on #11), and the lockout must not touch the main server's alice.
test.describe.serial('device cookies, behind a trusted proxy', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer({ port: testPort(24), dataDir: '.e2e/limits-device', fresh: true });
  });
  test.afterAll(async () => server?.stop());

  test('device cookies: a stranger’s wrong guesses lock alice’s username, not the browser she signed in from before', async ({
    browser,
  }) => {
    const own = await from(browser, server, '203.0.113.101');
    const page = await own.newPage();
    await page.goto('/login');
    await expect(page.getByTestId('device-cookie-status')).toHaveText(
      'This browser has no device cookie yet. Log in once and it gets one.',
    );
    await page.getByLabel('Username').fill(ALICE.username);
    await page.getByLabel('Password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    const device = (await own.cookies()).find((cookie) => cookie.name === '__Host-device');
    expect(device).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    expect(device!.expires).toBeGreaterThan(Date.now() / 1000 + 170 * 86_400);
    await page.getByRole('button', { name: 'Log out' }).click();
    // The logout redirects: let it land before navigating, or the two navigations race (net::ERR_ABORTED).
    await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible();
    await page.goto('/login');
    await expect(page.getByTestId('device-cookie-status')).toHaveText('This browser has a device cookie for: alice.');

    // A stranger: 5 wrong passwords for alice, then 429 for every untrusted client, even with the right password.
    const stranger = await from(browser, server, '198.51.100.102');
    for (let i = 0; i < 5; i++) expect((await apiLogin(stranger.request, ALICE.username, `guess-${i}`)).status()).toBe(401);
    expect((await apiLogin(stranger.request, ALICE.username, ALICE.password)).status()).toBe(429);
    const fresh = await from(browser, server, '198.51.100.103');
    expect((await apiLogin(fresh.request, ALICE.username, ALICE.password)).status()).toBe(429);

    // Alice's own browser carries its device cookie: not held to the username's lockout.
    await page.getByLabel('Username').fill(ALICE.username);
    await page.getByLabel('Password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    await Promise.all([own.close(), stranger.close(), fresh.close()]);
  });
});
