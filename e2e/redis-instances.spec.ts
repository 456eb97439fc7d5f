import { expect, test } from './support/fixtures';
import { createRedisClient } from '../lib/session/redis-connection';
import type { RunningRedis } from '../tests/support/redis-server';
import { sessionOn, startInstance, startRedisInstances, type RedisInstances } from './support/redis-instances';
import { testPort, type RunningServer } from './support/server';

/* Two instances on one Redis (see ./support/redis-instances): what one writes, the other reads. */
test.describe.serial('two instances on one Redis', () => {
  let instances: RedisInstances;
  let redis: RunningRedis;
  let a: RunningServer;
  let b: RunningServer;

  test.beforeAll(async () => {
    // Both sweep every second, so they race to announce the same expiry.
    instances = await startRedisInstances({ ports: [11, 12], dataDir: '.e2e/redis', env: { SESSION_SWEEP_INTERVAL: '1' } });
    ({ redis, a, b } = instances);
  });

  test.afterAll(async () => {
    await instances?.stop();
  });

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

  test('the instances lab page names its instance and counts racing writes without losing one', async ({ browser, expectAccessible }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${b.url}/lab/instances`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Several instances, one session');
      await expect(page.getByTestId('page-served-by')).toHaveText('instance-b');
      // Which Redis server holds this session (on a cluster, the node of its key's slot).
      await expect(page.getByTestId('session-node')).toHaveText(`127.0.0.1:${redis.port}`);
      await page.getByRole('button', { name: 'Send 10 writes at once' }).click();
      // Straight to B, with no balancer: one instance answers, and all ten writes count.
      await expect(page.getByRole('status')).toContainText('Writes counted in your session: 10 (instance-b: 10)');
      await expect(page.getByRole('status')).toContainText('Only one instance answered');
      await expect(page.getByTestId('answer-served-by')).toHaveCount(12);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });

  /** Reads an SSE response from Node until `count` lifecycle events arrived; returns them. */
  async function readSessionEvents(url: string, cookie: string, count: number, lastEventId?: string) {
    const abort = new AbortController();
    const response = await fetch(url, {
      headers: { cookie, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const events: { id: string; type: string; name?: string }[] = [];
    let ready = false;
    const onReady: { resolve?: () => void } = {};
    const readyPromise = new Promise<void>((resolve) => (onReady.resolve = resolve));
    const done = (async () => {
      while (events.length < count) {
        const chunk = await reader.read();
        if (chunk.done) break;
        text += decoder.decode(chunk.value, { stream: true });
        const blocks = text.split('\n\n');
        text = blocks.pop() ?? '';
        for (const block of blocks) {
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event === 'ready' && !ready) {
            ready = true;
            onReady.resolve?.();
          }
          if (event === 'session' && data) events.push(JSON.parse(data));
        }
      }
      abort.abort();
      return events;
    })();
    return { ready: readyPromise, events: done };
  }

  test('an SSE reconnect on the other instance, or on one started later, replays exactly what it missed', async ({ browser }) => {
    const context = await browser.newContext();
    const request = context.request;
    let c: RunningServer | undefined;
    try {
      const { attributes } = await sessionOn(request, a);
      const cookie = (await context.cookies()).map((entry) => `${entry.name}=${entry.value}`).join('; ');
      const headers = { 'X-CSRF-Token': attributes.csrfToken };
      // Watching on A: one event arrives, then the connection drops.
      const first = await readSessionEvents(`${a.url}/api/events`, cookie, 1);
      await first.ready;
      expect((await request.put(`${a.url}/api/session/max-inactive-interval`, { data: { seconds: 900 }, headers })).status()).toBe(200);
      expect((await request.post(`${a.url}/api/lab/instances/hits`, { headers })).status()).toBe(200);
      const [seen] = await first.events;
      expect(seen).toMatchObject({ type: 'attributeAdded', name: 'instanceHits' });
      // While it is away, two writes, one on each instance.
      expect((await request.post(`${b.url}/api/cart/items`, { data: { productId: 'green-tea', quantity: 1 }, headers })).status()).toBe(
        200,
      );
      expect((await request.post(`${a.url}/api/lab/instances/hits`, { headers })).status()).toBe(200);
      const missed = [
        { type: 'attributeReplaced', name: 'cart' },
        { type: 'attributeReplaced', name: 'instanceHits' },
      ];
      // The browser reconnects with Last-Event-ID, and the balancer sends it to B.
      const onB = await readSessionEvents(`${b.url}/api/events`, cookie, 2, seen!.id);
      const replayedOnB = await onB.events;
      expect(replayedOnB.map(({ type, name }) => ({ type, name }))).toEqual(missed);
      // An instance started after all this has the same history: it lives in Redis, not in a process.
      c = await startInstance(redis, { name: 'instance-c', port: testPort(13), dataDir: '.e2e/redis-c' });
      const onC = await readSessionEvents(`${c.url}/api/events`, cookie, 2, seen!.id);
      expect(await onC.events).toEqual(replayedOnB);
    } finally {
      await context.close();
      await c?.stop();
    }
  });

  test('an idle session watched from tabs on both instances shows `expired` exactly once', async ({ browser }) => {
    const context = await browser.newContext();
    const redisClient = createRedisClient(redis.url);
    try {
      const tabA = await context.newPage();
      await tabA.goto(`${a.url}/`);
      const fingerprint = (await tabA.getByTestId('session-fingerprint').textContent())!;
      const { attributes } = await sessionOn(tabA.request, b);
      // The shortest idle timeout; then nobody touches the session again: the tabs only watch.
      const put = await tabA.request.put(`${b.url}/api/session/max-inactive-interval`, {
        data: { seconds: 10 },
        headers: { 'X-CSRF-Token': attributes.csrfToken },
      });
      expect(put.status()).toBe(200);
      const tabB = await context.newPage();
      await tabB.goto(`${b.url}/`);
      const tabs = [tabA, tabB];
      for (const tab of tabs) await expect(tab.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
      // Both instances' sweepers (every second) and both streams race to announce it; one wins.
      for (const tab of tabs) await expect(tab.locator('li[data-event-type="expired"]')).toHaveCount(1, { timeout: 30_000 });
      // The shared history holds it once; a second announcement, if there were one, would be there too by now.
      const history = async () =>
        (await redisClient.xrange(`session-lab:events:${fingerprint}`, '-', '+')).map(([, fields]) => JSON.parse(fields[1]!).type);
      await expect.poll(history).toContain('expired');
      await tabA.waitForTimeout(3000);
      expect((await history()).filter((type) => type === 'expired')).toEqual(['expired']);
      for (const tab of tabs) await expect(tab.locator('li[data-event-type="expired"]')).toHaveCount(1);
    } finally {
      redisClient.disconnect();
      await context.close();
    }
  });

  test('login limits are shared: 5 wrong passwords spread over A and B, then the 6th is refused on either', async ({ playwright }) => {
    // Each request from its own address (the servers trust X-Forwarded-For in tests): only the per-username limit can trip.
    let n = 0;
    const attempt = async (server: RunningServer, password: string) => {
      const request = await playwright.request.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': `192.0.2.${++n}` } });
      try {
        const token = (await sessionOn(request, server)).attributes.csrfToken;
        const response = await request.post(`${server.url}/api/login`, {
          data: { username: 'shared-limit-probe', password },
          headers: { 'X-CSRF-Token': token },
        });
        return { status: response.status(), retryAfter: response.headers()['retry-after'] };
      } finally {
        await request.dispose();
      }
    };
    for (let i = 0; i < 5; i++) expect((await attempt(i % 2 ? b : a, `guess-${i}`)).status).toBe(401);
    for (const server of [a, b]) {
      const refused = await attempt(server, 'guess-6');
      expect(refused.status, server.url).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
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
