import { expect, test } from '@playwright/test';
import { realSessionId, sessionCookie, SESSION_COOKIE } from './support/session-cookie';

test.describe('the session cookie', () => {
  test('a first visit gets an HttpOnly, Secure, SameSite=Lax browser-session cookie that page scripts cannot see', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    const cookie = await sessionCookie(context);
    expect(cookie).toBeDefined();
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/', expires: -1 });
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  });

  test('the page and the API show a fingerprint, never the real session ID', async ({ page, context }) => {
    await page.goto('/');
    const fingerprint = await page.getByTestId('session-fingerprint').textContent();
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    const id = await realSessionId((await sessionCookie(context))!.value);
    expect(await page.content()).not.toContain(id);
    const api = await page.request.get('/api/session');
    const body = await api.text();
    expect(body).not.toContain(id);
    expect(JSON.parse(body).session.id).toBe(fingerprint);
    expect(api.headers()['cache-control']).toBe('no-store');
  });

  test('a second tab shares the same server session', async ({ page, context }) => {
    await page.goto('/');
    const first = await page.getByTestId('session-fingerprint').textContent();
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByTestId('session-fingerprint')).toHaveText(first!);
  });

  test('another browser (a new context) gets a session of its own', async ({ page, browser }) => {
    await page.goto('/');
    const mine = await page.getByTestId('session-fingerprint').textContent();
    const other = await browser.newContext();
    const theirs = await other.newPage();
    await theirs.goto('/');
    await expect(theirs.getByTestId('session-fingerprint')).not.toHaveText(mine!);
    await other.close();
  });

  test('a tampered session cookie is thrown away for a fresh session', async ({ page, context }) => {
    await page.goto('/');
    const before = await page.getByTestId('session-fingerprint').textContent();
    const cookie = (await sessionCookie(context))!;
    const i = 40;
    const tampered = cookie.value.slice(0, i) + (cookie.value[i] === 'A' ? 'B' : 'A') + cookie.value.slice(i + 1);
    // Edit the cookie in the browser's own jar, as someone with devtools would.
    await context.addCookies([{ ...cookie, value: tampered }]);
    expect((await sessionCookie(context))!.value).toBe(tampered);
    await page.reload();
    await expect(page.getByTestId('session-fingerprint')).not.toHaveText(before!);
    await expect(page.getByText('New this request')).toBeVisible();
    const replaced = (await sessionCookie(context))!.value;
    expect(replaced).not.toBe(tampered);
    expect(replaced).not.toBe(cookie.value);
  });
});
