import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { sessionOn, startRedisInstances, type RedisInstances } from './support/redis-instances';
import type { RunningServer } from './support/server';

/*
 * Nothing per process: two `next start` instances (A and B) on one private
 * redis-server, as behind a load balancer. What one instance recorded, the
 * other reads: the wire view's entries (and live, in a tab whose event stream
 * B holds), a role granted in the re-authentication lab, and what arrived in
 * the cross-site lab.
 */
test.describe.serial('the wire view, granted roles and cross-site arrivals, shared by two instances', () => {
  let instances: RedisInstances;
  let a: RunningServer;
  let b: RunningServer;

  test.beforeAll(async () => {
    instances = await startRedisInstances({ ports: [25, 26], dataDir: '.e2e/shared' });
    ({ a, b } = instances);
  });

  test.afterAll(async () => {
    await instances?.stop();
  });

  async function login(request: APIRequestContext, server: RunningServer, username: string, password: string) {
    const { attributes } = await sessionOn(request, server);
    const response = await request.post(`${server.url}/api/login`, {
      data: { username, password },
      headers: { 'X-CSRF-Token': attributes.csrfToken },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()['x-served-by']).toBe(server === a ? 'instance-a' : 'instance-b');
    return sessionOn(request, server);
  }

  test('a request served by A is in GET /api/wire read through B, and appears live in a tab whose stream B holds', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      // The dashboard on B: its event stream is open on B (no other instance served this tab anything).
      await page.goto(`${b.url}/`);
      await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');

      // A request nothing on the dashboard makes, served by A.
      const fromA = await page.request.get(`${a.url}/api/products`);
      expect(fromA.headers()['x-served-by']).toBe('instance-a');

      const live = page.locator('[data-testid="wire-entry"][data-path="/api/products"]');
      await expect(live).toHaveCount(1);
      await expect(live).toHaveAttribute('data-steps', 'sentBack');

      const throughB = await page.request.get(`${b.url}/api/wire`);
      expect(throughB.headers()['x-served-by']).toBe('instance-b');
      const { recording, entries } = (await throughB.json()) as { recording: boolean; entries: { path: string; session: string }[] };
      expect(recording).toBe(true);
      expect(entries.map((entry) => entry.path)).toContain('/api/products');
      const { id } = await sessionOn(page.request, a);
      expect(new Set(entries.map((entry) => entry.session))).toEqual(new Set([id]));
    } finally {
      await context.close();
    }
  });

  test('a role granted through A holds at a login on B', async ({ browser }) => {
    const admin = await browser.newContext();
    const alice = await browser.newContext();
    try {
      const signedIn = await login(admin.request, a, 'admin', 'correct-horse');
      const grant = (role: string, server: RunningServer) =>
        admin.request.put(`${server.url}/api/lab/reauth/role`, {
          data: { userId: 'alice', role },
          headers: { 'X-CSRF-Token': signedIn.attributes.csrfToken },
        });
      expect((await grant('admin', a)).status()).toBe(200);
      expect((await login(alice.request, b, 'alice', 'wonderland')).attributes).toMatchObject({ userId: 'alice', role: 'admin' });

      // Back through B; the next login on A is a plain user again.
      const admin2 = await sessionOn(admin.request, b);
      const back = await admin.request.put(`${b.url}/api/lab/reauth/role`, {
        data: { userId: 'alice', role: 'user' },
        headers: { 'X-CSRF-Token': admin2.attributes.csrfToken },
      });
      expect(back.status()).toBe(200);
      expect((await login(alice.request, a, 'alice', 'wonderland')).attributes).toMatchObject({ userId: 'alice', role: 'user' });

      const page = await admin.newPage();
      await page.goto(`${b.url}/lab/reauth`);
      await expect(page.getByTestId('role-stored')).toContainText('every instance of the server sees it at once');
    } finally {
      await Promise.all([admin.close(), alice.close()]);
    }
  });

  test('a cross-site arrival recorded by A shows in the lab read through B', async ({ browser }) => {
    const context = await browser.newContext();
    const request = context.request;
    try {
      const { attributes } = await sessionOn(request, a);
      const started = await request.post(`${a.url}/api/lab/cross-site`, { headers: { 'X-CSRF-Token': attributes.csrfToken } });
      expect(started.status()).toBe(200);
      const { run } = (await started.json()) as { run: string };
      const img = await request.get(`${a.url}/api/lab/cross-site/arrival?run=${run}&kind=img`);
      expect(img.status()).toBe(200);
      expect(img.headers()['x-served-by']).toBe('instance-a');

      const throughB = await request.get(`${b.url}/api/lab/cross-site`);
      expect(throughB.headers()['x-served-by']).toBe('instance-b');
      const view = (await throughB.json()) as { run: string; arrivals: Record<string, { cookies: string[]; method: string }> };
      expect(view.run).toBe(run);
      expect(view.arrivals.img).toMatchObject({ method: 'GET' });
      expect(view.arrivals.img!.cookies.length).toBeGreaterThan(0);
      // A run B never opened is still refused on B: only runs the lab started are kept.
      expect((await request.get(`${b.url}/api/lab/cross-site/arrival?run=${'0'.repeat(32)}&kind=img`)).status()).toBe(404);
    } finally {
      await context.close();
    }
  });
});
