import { expect, test, type Page } from '@playwright/test';
import { sessionOf } from '../support/auth';

const PER_TAB = 25;

/** Fires `count` requests at once from inside the tab, as its own scripts would; returns [status, body] of each. */
function hammer(page: Page, requests: { method: string; path: string; body?: unknown }[], token: string) {
  return page.evaluate(
    async ({ requests, token }) =>
      Promise.all(
        requests.map(async ({ method, path, body }) => {
          const response = await fetch(path, {
            method,
            headers: body === undefined ? { 'x-csrf-token': token } : { 'content-type': 'application/json', 'x-csrf-token': token },
            body: body === undefined ? undefined : JSON.stringify(body),
          });
          return [response.status, await response.json()] as [number, Record<string, unknown>];
        }),
      ),
    { requests, token },
  );
}

async function twoTabs(page: Page) {
  const second = await page.context().newPage();
  await Promise.all([page.goto('/'), second.goto('/')]);
  const session = await sessionOf(page.request);
  return {
    tabs: [page, second] as const,
    fingerprint: session.id,
    token: session.attributes.csrfToken,
  };
}

test.describe('two tabs of one browser racing', () => {
  test('both tabs writing and reading the session at once: every request succeeds, on one session, each write answered with its own value', async ({
    page,
  }) => {
    const { tabs, fingerprint, token } = await twoTabs(page);
    const batch = (base: number) =>
      Array.from({ length: PER_TAB }, (_, i) =>
        i % 2 === 0
          ? { method: 'PUT', path: '/api/session/max-inactive-interval', body: { seconds: base + i } }
          : { method: 'GET', path: '/api/session' },
      );
    const [first, second] = await Promise.all([hammer(tabs[0], batch(300), token), hammer(tabs[1], batch(1000), token)]);
    const written: number[] = [];
    for (const [index, [status, body]] of [...first, ...second].entries()) {
      expect(status, JSON.stringify(body)).toBe(200);
      const session = body.session as { id: string; maxInactiveInterval: number };
      expect(session.id).toBe(fingerprint);
      const sent = [...batch(300), ...batch(1000)][index]!.body as { seconds: number } | undefined;
      if (sent) {
        expect(session.maxInactiveInterval).toBe(sent.seconds);
        written.push(sent.seconds);
      }
    }
    const after = await sessionOf(page.request);
    expect(after.id).toBe(fingerprint);
    expect(written).toContain(after.maxInactiveInterval);
  });

  test('both tabs adding to the cart at once: nothing is lost', async ({ page }) => {
    const catalog = await page.request.get('/api/products');
    expect(catalog.status()).toBe(200);
    const productId = ((await catalog.json()).products as { id: string }[])[0]!.id;
    const { tabs, token } = await twoTabs(page);
    const adds = Array.from({ length: PER_TAB }, () => ({ method: 'POST', path: '/api/cart/items', body: { productId, quantity: 1 } }));
    const answers = (await Promise.all(tabs.map((tab) => hammer(tab, adds, token)))).flat();
    for (const [status, body] of answers) expect(status, JSON.stringify(body)).toBe(200);
    const cart = (await (await page.request.get('/api/cart')).json()).cart as { items: { productId: string; quantity: number }[] };
    expect(cart.items.find((item) => item.productId === productId)?.quantity).toBe(2 * PER_TAB);
  });
});
