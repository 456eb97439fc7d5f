import { expect, test } from '@playwright/test';
import { startServer, testPort } from './support/server';
import { sessionOf } from './support/auth';

test.describe('lifetime on the server', () => {
  test('the session survives a crash (kill -9) and restart of the server', async ({ browser }) => {
    const dataDir = '.e2e/restart';
    let server = await startServer({ port: testPort(10), dataDir, fresh: true });
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    try {
      await page.goto('/');
      const before = await page.getByTestId('session-fingerprint').textContent();
      await server.kill();
      server = await startServer({ port: testPort(10), dataDir });
      await page.reload();
      await expect(page.getByTestId('session-fingerprint')).toHaveText(before!);
    } finally {
      await context.close();
      await server.stop();
    }
  });

  test('a session idle past its own short timeout is gone: the next request starts a new one', async ({ page }) => {
    await page.goto('/');
    const session = await sessionOf(page.request);
    const put = await page.request.put('/api/session/max-inactive-interval', {
      data: { seconds: 10 },
      headers: { 'X-CSRF-Token': session.attributes.csrfToken },
    });
    expect(put.status()).toBe(200);
    expect((await put.json()).session.maxInactiveInterval).toBe(10);
    await page.waitForTimeout(11_000);
    const after = await sessionOf(page.request);
    expect(after.id).not.toBe(session.id);
    expect(after.isNew).toBe(true);
  });
});
