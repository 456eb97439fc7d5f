import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { ADMIN, ALICE, apiLogin, csrfToken, sessionOf } from './support/auth';
import { serverTimingDuration } from '../lib/http/server-timing';

async function expectError(response: APIResponse, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  expect((await response.json()).error.code).toBe(code);
  expect(response.headers()['cache-control']).toBe('no-store');
}

/** A signed-in API client (its own cookie jar) and its current csrfToken. */
async function signedIn(request: APIRequestContext, account: { username: string; password: string }) {
  expect((await apiLogin(request, account.username, account.password)).status()).toBe(200);
  return csrfToken(request);
}

test.describe('CSRF on every state-changing call', () => {
  const writes: [string, string][] = [
    ['POST', '/api/login'],
    ['POST', '/api/logout'],
    ['DELETE', '/api/sessions/0123456789abcdef'],
    ['DELETE', '/api/admin/sessions/0123456789abcdef'],
  ];

  for (const [method, path] of writes) {
    test(`${method} ${path}: 403 csrf when the token is missing, wrong, or the request comes from another site`, async ({ context }) => {
      const request = context.request;
      const token = await csrfToken(request);
      const before = await sessionOf(request);
      const send = (headers: Record<string, string>) =>
        request.fetch(path, { method, headers, data: { username: ALICE.username, password: ALICE.password } });

      await expectError(await send({}), 403, 'csrf');
      await expectError(await send({ 'X-CSRF-Token': 'not-the-token' }), 403, 'csrf');
      await expectError(await send({ 'X-CSRF-Token': token.slice(0, -1) }), 403, 'csrf');
      await expectError(await send({ 'X-CSRF-Token': token, Origin: 'https://evil.example' }), 403, 'csrf');
      await expectError(await send({ 'X-CSRF-Token': token, Origin: 'null' }), 403, 'csrf');
      // Refused means nothing happened: same session, still signed out.
      const after = await sessionOf(request);
      expect(after.id).toBe(before.id);
      expect(after.attributes.userId).toBeUndefined();
    });
  }

  test('the right token from this site is accepted', async ({ context, baseURL }) => {
    const response = await apiLogin(context.request, ALICE.username, ALICE.password, { Origin: baseURL! });
    expect(response.status()).toBe(200);
  });
});

test.describe('POST /api/login', () => {
  test('signs in: rotates the ID, issues a new csrfToken, and the old token stops working', async ({ context }) => {
    const request = context.request;
    const before = await sessionOf(request);
    const response = await apiLogin(request, ALICE.username, ALICE.password);
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ user: { id: 'alice', name: 'Alice', role: 'user' } });
    expect(response.headers()['cache-control']).toBe('no-store');
    // The password check's duration, for the browser's developer tools (and the benchmark).
    expect(serverTimingDuration(response.headers()['server-timing'], 'password')).toBeGreaterThan(0);
    const after = await sessionOf(request);
    expect(after.id).not.toBe(before.id);
    expect(after.attributes).toMatchObject({ userId: 'alice', role: 'user', language: before.attributes.language });
    expect(after.attributes.csrfToken).not.toBe(before.attributes.csrfToken);
    const stale = await request.post('/api/logout', { headers: { 'X-CSRF-Token': before.attributes.csrfToken } });
    await expectError(stale, 403, 'csrf');
  });

  test('400 invalid_input for malformed JSON, wrong types, missing, unknown or oversized fields; 413 for a huge body', async ({
    context,
  }) => {
    const request = context.request;
    const token = await csrfToken(request);
    const post = (data: string) =>
      request.post('/api/login', { headers: { 'X-CSRF-Token': token, 'Content-Type': 'application/json' }, data });
    for (const body of [
      '{"username":',
      'null',
      '[]',
      '"alice"',
      '{}',
      '{"username":"alice"}',
      '{"username":1,"password":true}',
      '{"username":"alice","password":"x","role":"admin"}',
      JSON.stringify({ username: 'a'.repeat(65), password: 'x' }),
      JSON.stringify({ username: 'alice', password: 'x'.repeat(257) }),
    ]) {
      await expectError(await post(body), 400, 'invalid_input');
    }
    await expectError(await post(JSON.stringify({ username: 'alice', password: 'x'.repeat(20_000) })), 413, 'payload_too_large');
    expect((await sessionOf(request)).attributes.userId).toBeUndefined();
  });

  test('401 invalid_credentials, with the same words for a wrong password and an unknown user', async ({ context }) => {
    const wrong = await apiLogin(context.request, 'alice', 'not-wonderland');
    const unknown = await apiLogin(context.request, 'nobody-here', 'wonderland');
    await expectError(wrong, 401, 'invalid_credentials');
    await expectError(unknown, 401, 'invalid_credentials');
    expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message);
    // Both ran the password check (an unknown user against a decoy hash): each says so in Server-Timing.
    for (const refused of [wrong, unknown]) expect(serverTimingDuration(refused.headers()['server-timing'], 'password')).toBeGreaterThan(0);
  });

  test('429 too_many_attempts with Retry-After after 5 failures for one username', async ({ context }) => {
    // Its own username and address (as a reverse proxy would report it), so no other test shares this budget.
    const from = { 'X-Forwarded-For': '198.51.100.71' };
    const started = Date.now();
    for (let i = 0; i < 5; i++)
      await expectError(await apiLogin(context.request, 'api-probe-user', `guess-${i}`, from), 401, 'invalid_credentials');
    const refused = await apiLogin(context.request, 'API-Probe-User', 'guess-5', { 'X-Forwarded-For': '198.51.100.72' });
    await expectError(refused, 429, 'too_many_attempts');
    // The 15-minute lock, less the time it took to get here (however slow the machine): not a speed bound.
    const retryAfter = Number(refused.headers()['retry-after']);
    const elapsed = Math.ceil((Date.now() - started) / 1000);
    expect(retryAfter).toBeGreaterThanOrEqual(900 - elapsed - 1);
    expect(retryAfter).toBeLessThanOrEqual(900);
  });

  test('429 after 20 failures from one address, even for the right password', async ({ context }) => {
    const from = { 'X-Forwarded-For': '203.0.113.50' };
    for (let i = 0; i < 20; i++)
      await expectError(await apiLogin(context.request, `address-probe-${i}`, 'guess', from), 401, 'invalid_credentials');
    await expectError(await apiLogin(context.request, ALICE.username, ALICE.password, from), 429, 'too_many_attempts');
    expect((await sessionOf(context.request)).attributes.userId).toBeUndefined();
    // Another address is not affected.
    expect((await apiLogin(context.request, ALICE.username, ALICE.password, { 'X-Forwarded-For': '203.0.113.51' })).status()).toBe(200);
  });
});

test.describe('POST /api/logout', () => {
  test('deletes the session, clears the cookie, is never cached', async ({ context }) => {
    const request = context.request;
    const token = await signedIn(request, ALICE);
    const signedInId = (await sessionOf(request)).id;
    const response = await request.post('/api/logout', { headers: { 'X-CSRF-Token': token } });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ loggedOut: true });
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['set-cookie']).toMatch(/^__Host-sid=; Path=\/; Max-Age=0; Secure; HttpOnly; SameSite=lax/);
    const after = await sessionOf(request);
    expect(after.isNew).toBe(true);
    expect(after.id).not.toBe(signedInId);
    expect(after.attributes.userId).toBeUndefined();
  });
});

test.describe('GET and DELETE /api/sessions', () => {
  test('401 unauthenticated when signed out', async ({ context }) => {
    await expectError(await context.request.get('/api/sessions'), 401, 'unauthenticated');
    const token = await csrfToken(context.request);
    await expectError(
      await context.request.delete('/api/sessions/0123456789abcdef', { headers: { 'X-CSRF-Token': token } }),
      401,
      'unauthenticated',
    );
  });

  test('lists my sessions by fingerprint; revokes one; 400 for a malformed id, 404 for an unknown one', async ({ context, browser }) => {
    const other = await browser.newContext();
    try {
      await signedIn(other.request, ALICE);
      const token = await signedIn(context.request, ALICE);
      const mine = await sessionOf(context.request);
      const theirs = await sessionOf(other.request);
      const list = (await (await context.request.get('/api/sessions')).json()).sessions as {
        id: string;
        current: boolean;
        device: unknown;
      }[];
      expect(list.find((s) => s.id === mine.id)).toMatchObject({ current: true, device: { browser: expect.any(String) } });
      expect(list.find((s) => s.id === theirs.id)).toMatchObject({ current: false });

      const headers = { 'X-CSRF-Token': token };
      await expectError(await context.request.delete('/api/sessions/not-a-fingerprint', { headers }), 400, 'invalid_input');
      await expectError(await context.request.delete('/api/sessions/0123456789abcdef', { headers }), 404, 'unknown_session');
      const revoked = await context.request.delete(`/api/sessions/${theirs.id}`, { headers });
      expect(await revoked.json()).toEqual({ ended: { id: theirs.id, current: false } });
      expect((await sessionOf(other.request)).attributes.userId).toBeUndefined();
      await expectError(await context.request.delete(`/api/sessions/${theirs.id}`, { headers }), 404, 'unknown_session');

      // Ending the session this client uses is a logout.
      const self = await context.request.delete(`/api/sessions/${mine.id}`, { headers });
      expect(await self.json()).toEqual({ ended: { id: mine.id, current: true } });
      expect((await sessionOf(context.request)).attributes.userId).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});

test.describe('/api/admin/sessions', () => {
  test('401 signed out, 403 for a user, the full list for an admin, who can end any session', async ({ context, browser }) => {
    await expectError(await context.request.get('/api/admin/sessions'), 401, 'unauthenticated');
    const userToken = await signedIn(context.request, ALICE);
    await expectError(await context.request.get('/api/admin/sessions'), 403, 'forbidden');
    const alice = await sessionOf(context.request);
    await expectError(
      await context.request.delete(`/api/admin/sessions/${alice.id}`, { headers: { 'X-CSRF-Token': userToken } }),
      403,
      'forbidden',
    );

    const adminContext = await browser.newContext();
    try {
      const adminToken = await signedIn(adminContext.request, ADMIN);
      const response = await adminContext.request.get('/api/admin/sessions');
      expect(response.status()).toBe(200);
      const body = await response.json();
      expect(body.total).toBeGreaterThanOrEqual(2);
      const row = body.sessions.find((s: { id: string }) => s.id === alice.id);
      expect(row).toMatchObject({ user: { id: 'alice', role: 'user' }, current: false });
      expect(row.attributeSizes).toMatchObject({ userId: 7, role: 6, csrfToken: expect.any(Number), cart: 2 });
      expect(row.totalBytes).toBeGreaterThan(50);
      expect(JSON.stringify(body)).not.toContain(alice.attributes.csrfToken);

      const ended = await adminContext.request.delete(`/api/admin/sessions/${alice.id}`, { headers: { 'X-CSRF-Token': adminToken } });
      expect(await ended.json()).toEqual({ ended: { id: alice.id, current: false } });
      expect((await sessionOf(context.request)).attributes.userId).toBeUndefined();
      await expectError(
        await adminContext.request.delete(`/api/admin/sessions/${alice.id}`, { headers: { 'X-CSRF-Token': adminToken } }),
        404,
        'unknown_session',
      );
    } finally {
      await adminContext.close();
    }
  });
});

test.describe("the login form's server action", () => {
  test('refuses a request whose Origin is another site (403), and logs nobody in', async ({ page }) => {
    await page.goto('/login');
    let status = 0;
    await page.route('**/login', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      // The browser's own action request, replayed as if another site's page had sent it.
      const response = await route.fetch({ headers: { ...route.request().headers(), origin: 'https://evil.example' } });
      status = response.status();
      await route.fulfill({ response });
    });
    await page.getByLabel('Username').fill(ALICE.username);
    await page.getByLabel('Password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => status).toBe(403);
    await page.unrouteAll();
    expect((await sessionOf(page.request)).attributes.userId).toBeUndefined();
  });
});
