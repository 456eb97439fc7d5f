import { expect, test } from '@playwright/test';
import { SessionCookieCodec } from '../../lib/session/cookie-codec';
import { startServer, testPort, type RunningServer } from '../support/server';
import { SESSION_COOKIE } from '../support/session-cookie';
import { ApiUser } from './support/api-user';

const OLD = 'the-secret-before-rotation-the-secret-before-rotation';
const NEW = 'the-secret-after-rotation-the-secret-after-rotation';
const PORT = testPort(18);
const DATA = '.e2e/secret-rotation';

/** Opens a cookie with exactly these secrets, as a server configured with them would. */
async function opensWith(cookie: string, secrets: { current: string; previous?: string }) {
  return (await new SessionCookieCodec(secrets, 28_800).open(cookie))?.id ?? null;
}

test.describe('secret rotation', () => {
  let server: RunningServer | null = null;
  test.afterEach(async () => {
    await server?.stop();
    server = null;
  });

  test('a cookie sealed with SESSION_SECRET_PREVIOUS still works, and comes back sealed with the new secret only', async ({ browser }) => {
    test.setTimeout(90_000);
    // Before the rotation: a session with something in it, and its cookie.
    server = await startServer({ port: PORT, dataDir: DATA, fresh: true, env: { SESSION_SECRET: OLD } });
    const user = new ApiUser(server.url);
    expect((await user.setIdleTimeout(777, await user.csrfToken())).status).toBe(200);
    const before = await user.session();
    const oldCookie = user.cookie!;
    const id = await opensWith(oldCookie, { current: OLD });
    expect(id).not.toBeNull();
    await server.stop();

    // After: new secret, old one kept as previous. The API re-seals.
    server = await startServer({ port: PORT, dataDir: DATA, env: { SESSION_SECRET: NEW, SESSION_SECRET_PREVIOUS: OLD } });
    const answer = await user.call('GET', '/api/session');
    expect(answer.status).toBe(200);
    const session = (answer.body as { session: typeof before }).session;
    expect(session.id).toBe(before.id);
    expect(session.maxInactiveInterval).toBe(777);
    expect(session.isNew).toBe(false);
    const resealed = user.cookie!;
    expect(answer.setCookie.some((line) => line.startsWith(`${SESSION_COOKIE}=`))).toBe(true);
    expect(resealed).not.toBe(oldCookie);
    expect(await opensWith(resealed, { current: NEW })).toBe(id);
    expect(await opensWith(resealed, { current: OLD })).toBeNull();
    // The re-sealed cookie needs nothing more.
    expect((await user.call('GET', '/api/session')).setCookie).toEqual([]);

    // A page visit with the old cookie is re-sealed too (by proxy.ts).
    const context = await browser.newContext({ baseURL: server.url });
    try {
      await context.addCookies([
        { name: SESSION_COOKIE, value: oldCookie, domain: '127.0.0.1', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' },
      ]);
      const page = await context.newPage();
      await page.goto('/');
      await expect(page.getByTestId('session-fingerprint')).toHaveText(before.id);
      const inJar = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)!.value;
      expect(await opensWith(inJar, { current: NEW })).toBe(id);
    } finally {
      await context.close();
    }
    await server.stop();

    // Rotating again without the old secret retires cookies sealed with it: a fresh session, never the old ID.
    server = await startServer({ port: PORT, dataDir: DATA, env: { SESSION_SECRET: NEW } });
    const stranger = new ApiUser(server.url);
    stranger.cookie = oldCookie;
    const fresh = await stranger.session();
    expect(fresh.isNew).toBe(true);
    expect(fresh.id).not.toBe(before.id);
  });
});
