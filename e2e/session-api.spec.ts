import { expect, test } from '@playwright/test';
import { SESSION_COOKIE } from './support/session-cookie';

/*
 * proxy.ts does not run for /api (it would load every session twice); the
 * API routes find, create and touch the session themselves. These pin that down.
 */
test.describe('the API manages its own session', () => {
  test('a first API call creates the session and sets the same cookie a page would', async ({ request }) => {
    const response = await request.get('/api/session');
    expect(response.status()).toBe(200);
    expect((await response.json()).session.isNew).toBe(true);
    const setCookie = response.headers()['set-cookie'] ?? '';
    expect(setCookie).toContain(`${SESSION_COOKIE}=`);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Secure/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
    const again = await (await request.get('/api/session')).json();
    expect(again.session.isNew).toBe(false);
  });

  test('an API call records activity: the idle deadline moves on', async ({ request }) => {
    const first = (await (await request.get('/api/session')).json()).session;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const second = (await (await request.get('/api/session')).json()).session;
    expect(second.id).toBe(first.id);
    expect(Date.parse(second.lastAccessedAt)).toBeGreaterThan(Date.parse(first.lastAccessedAt));
    expect(Date.parse(second.idleExpiresAt)).toBeGreaterThan(Date.parse(first.idleExpiresAt));
  });

  test('a session may lower its idle timeout, never raise it above SESSION_IDLE_TIMEOUT (1800 here)', async ({ request }) => {
    const token = (await (await request.get('/api/session')).json()).session.attributes.csrfToken;
    const put = (seconds: number) =>
      request.put('/api/session/max-inactive-interval', { data: { seconds }, headers: { 'X-CSRF-Token': token } });
    for (const seconds of [1801, 86_400]) {
      const refused = await put(seconds);
      expect(refused.status(), String(seconds)).toBe(400);
      expect((await refused.json()).error.code).toBe('invalid_input');
    }
    expect((await (await request.get('/api/session')).json()).session.maxInactiveInterval).toBe(1800);
    expect((await put(600)).status()).toBe(200);
    expect((await put(1800)).status()).toBe(200);
  });

  test('a client cannot claim its session is new', async ({ request }) => {
    await request.get('/api/session');
    const claimed = await request.get('/api/session', { headers: { 'x-session-lab-new': '1' } });
    expect((await claimed.json()).session.isNew).toBe(false);
  });

  test('API answers, pages, errors and the health check all carry the security headers', async ({ request }) => {
    for (const path of ['/', '/api/session', '/api/health', '/api/no-such-endpoint', '/no-such-page']) {
      const headers = (await request.get(path)).headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    }
  });
});
