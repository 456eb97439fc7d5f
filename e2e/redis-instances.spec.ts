import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startRedis, type RunningRedis } from '../tests/support/redis-server';
import { startServer, testPort, type RunningServer } from './support/server';

/*
 * Two `next start` instances (A and B) on one private redis-server, as behind
 * a load balancer. Cookies do not care about ports, so one browser context
 * sends the same session cookie to both, just as it would through a balancer.
 */
test.describe.serial('two instances on one Redis', () => {
  let redis: RunningRedis;
  let a: RunningServer;
  let b: RunningServer;

  test.beforeAll(async () => {
    redis = await startRedis();
    const env = (name: string) => ({ REDIS_URL: redis.url, INSTANCE_NAME: name });
    [a, b] = await Promise.all([
      startServer({ port: testPort(11), dataDir: '.e2e/redis-a', fresh: true, env: env('instance-a') }),
      startServer({ port: testPort(12), dataDir: '.e2e/redis-b', fresh: true, env: env('instance-b') }),
    ]);
  });

  test.afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  async function sessionOn(request: APIRequestContext, server: RunningServer) {
    const response = await request.get(`${server.url}/api/session`);
    expect(response.status()).toBe(200);
    return { servedBy: response.headers()['x-served-by'], ...(await response.json()).session };
  }

  test('the same cookie opens the same session on A and on B: fingerprint and attributes', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const first = await page.goto(`${a.url}/`);
      expect(first?.headers()['x-served-by']).toBe('instance-a');
      const fingerprint = await page.getByTestId('session-fingerprint').textContent();

      const onB = await sessionOn(page.request, b);
      expect(onB).toMatchObject({ servedBy: 'instance-b', id: fingerprint, isNew: false });

      // A write on A is what B reads.
      const put = await page.request.put(`${a.url}/api/session/max-inactive-interval`, {
        data: { seconds: 600 },
        headers: { 'X-CSRF-Token': onB.attributes.csrfToken },
      });
      expect(put.status()).toBe(200);
      expect(put.headers()['x-served-by']).toBe('instance-a');
      expect(await sessionOn(page.request, b)).toMatchObject({ id: fingerprint, maxInactiveInterval: 600 });

      await page.goto(`${b.url}/`);
      await expect(page.getByTestId('session-fingerprint')).toHaveText(fingerprint!);
    } finally {
      await context.close();
    }
  });

  test('login on A is signed in on B, cart adds over both lose nothing, logout on B ends it on A', async ({ browser }) => {
    const context = await browser.newContext();
    const request = context.request;
    try {
      const before = await sessionOn(request, a);
      const login = await request.post(`${a.url}/api/login`, {
        data: { username: 'alice', password: 'wonderland' },
        headers: { 'X-CSRF-Token': before.attributes.csrfToken },
      });
      expect(login.status()).toBe(200);
      const onB = await sessionOn(request, b);
      expect(onB).toMatchObject({ servedBy: 'instance-b', attributes: { userId: 'alice', role: 'user' } });
      expect(onB.id).not.toBe(before.id); // rotated at login, and B knows the new ID

      const token = onB.attributes.csrfToken;
      const adds = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          request.post(`${(i % 2 ? b : a).url}/api/cart/items`, {
            data: { productId: 'green-tea', quantity: 1 },
            headers: { 'X-CSRF-Token': token },
          }),
        ),
      );
      for (const response of adds) expect(response.status()).toBe(200);
      const cart = (await (await request.get(`${a.url}/api/cart`)).json()).cart;
      expect(cart.items).toEqual([expect.objectContaining({ productId: 'green-tea', quantity: 30 })]);

      const signedIn = (await context.cookies()).find((cookie) => cookie.name === '__Host-sid')!;
      expect((await request.post(`${b.url}/api/logout`, { headers: { 'X-CSRF-Token': token } })).status()).toBe(200);
      // A copy of the signed-in cookie, replayed on A, opens nothing: B deleted the session in the shared store.
      const replay = await browser.newContext();
      await replay.addCookies([signedIn]);
      const onA = await sessionOn(replay.request, a);
      expect(onA.id).not.toBe(onB.id);
      expect(onA.attributes.userId).toBeUndefined();
      expect(onA.attributes.cart).toEqual([]);
      await replay.close();
    } finally {
      await context.close();
    }
  });

  test('concurrent writes spread over both instances lose nothing', async ({ browser }) => {
    const context = await browser.newContext();
    const request = context.request;
    const { attributes } = await sessionOn(request, a);
    const hit = (server: RunningServer) =>
      request.post(`${server.url}/api/lab/instances/hits`, { headers: { 'X-CSRF-Token': attributes.csrfToken } });
    const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => hit(i % 2 ? b : a)));
    const servedBy = responses.map((response) => {
      expect(response.status()).toBe(200);
      return response.headers()['x-served-by'];
    });
    expect(servedBy.filter((name) => name === 'instance-a')).toHaveLength(20);
    const session = await sessionOn(request, b);
    expect(session.attributes.instanceHits).toEqual({ 'instance-a': 20, 'instance-b': 20 });
    await context.close();
  });

  test('the instances lab page names its instance and counts racing writes without losing one', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${b.url}/lab/instances`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Several instances, one session');
      await expect(page.getByTestId('page-served-by')).toHaveText('instance-b');
      await page.getByRole('button', { name: 'Send 10 writes at once' }).click();
      // Straight to B, with no balancer: one instance answers, and all ten writes count.
      await expect(page.getByRole('status')).toContainText('Writes counted in your session: 10 (instance-b: 10)');
      await expect(page.getByRole('status')).toContainText('Only one instance answered');
      await expect(page.getByTestId('answer-served-by')).toHaveCount(12);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('Redis down: 503 store_unavailable on both, pages say so; Redis back: healthy with no restart', async ({ browser }) => {
    const returning = await browser.newContext();
    const request = returning.request;
    await (await returning.newPage()).goto(`${a.url}/`);
    await redis.kill();
    // The behaviour, not the speed: each answer comes (a hung store would never answer), and says
    // what is wrong. The deadline is generous so a busy laptop passes; speed belongs in the bench.
    const GENEROUS = 20_000;
    for (const server of [a, b]) {
      for (const path of ['/api/health', '/api/session']) {
        const response = await request.get(`${server.url}${path}`, { timeout: GENEROUS });
        expect(response.status(), `${path} on ${server.url}`).toBe(503);
        expect((await response.json()).error.code).toBe('store_unavailable');
      }
    }
    // A visitor with a session cookie, and a first-time visitor: both pages render and say what is wrong.
    const fresh = await browser.newContext();
    for (const context of [returning, fresh]) {
      const page = await context.newPage();
      const response = (await page.goto(`${b.url}/`, { timeout: GENEROUS }))!;
      expect(response.status()).toBe(200);
      // (Next adds an empty role=alert route announcer, so find the notice by its words.)
      await expect(page.getByRole('alert').filter({ hasText: 'The session store cannot be reached' })).toBeVisible();
    }
    const page = await fresh.newPage();
    const notice = page.getByRole('alert').filter({ hasText: 'The session store cannot be reached' });
    try {
      await redis.restart();
      for (const server of [a, b]) {
        await expect.poll(async () => (await request.get(`${server.url}/api/health`)).status(), { timeout: 10_000 }).toBe(200);
      }
      // Redis came back empty (no persistence in this test), so this is a fresh session, served normally.
      await page.goto(`${a.url}/`);
      await expect(page.getByTestId('session-fingerprint')).toBeVisible();
      await expect(notice).toHaveCount(0);
      expect((await request.get(`${b.url}/api/session`)).status()).toBe(200);
    } finally {
      await Promise.all([returning.close(), fresh.close()]);
    }
  });
});
