import { request as playwrightRequest } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { apiSession, type ApiSession } from './support/api-session';

/** Prices the tests rely on: the catalog's own numbers. */
const APPLE = 89;
const MUG = 1450;

async function expectError(response: Awaited<ReturnType<ApiSession['get']>>, status: number, code: string) {
  expect(response.status(), await response.text()).toBe(status);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = await response.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
}

test.describe('GET /api/products', () => {
  test('lists 8 to 12 products with integer cent prices, named in the session language', async ({ apiSession: api }) => {
    const english = await (await api.get('/api/products')).json();
    expect(english.currency).toBe('USD');
    expect(english.products.length).toBeGreaterThanOrEqual(8);
    expect(english.products.length).toBeLessThanOrEqual(12);
    for (const product of english.products) {
      expect(Object.keys(product).sort()).toEqual(['id', 'name', 'price']);
      expect(Number.isInteger(product.price) && product.price > 0).toBe(true);
    }
    expect(english.products).toContainEqual({ id: 'apple', name: 'Apple', price: APPLE });

    expect((await api.put('/api/language', { language: 'ko' })).status()).toBe(200);
    const korean = await (await api.get('/api/products')).json();
    expect(korean.products).toContainEqual({ id: 'apple', name: '사과', price: APPLE });
    expect(korean.products.map((p: { id: string }) => p.id)).toEqual(english.products.map((p: { id: string }) => p.id));
  });
});

test.describe('the cart API', () => {
  test('a new session has an empty cart', async ({ request }) => {
    const response = await request.get('/api/cart');
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(await response.json()).toEqual({ cart: { items: [], total: 0, currency: 'USD' } });
  });

  test('POST adds (one by default), adding again increments the same line, totals are in cents', async ({ apiSession: api }) => {
    expect((await api.post('/api/cart/items', { productId: 'apple' })).status()).toBe(200);
    await api.post('/api/cart/items', { productId: 'mug', quantity: 2 });
    const response = await api.post('/api/cart/items', { productId: 'apple', quantity: 2 });
    expect(await response.json()).toEqual({
      cart: {
        items: [
          { productId: 'apple', name: 'Apple', unitPrice: APPLE, quantity: 3, lineTotal: 3 * APPLE },
          { productId: 'mug', name: 'Mug', unitPrice: MUG, quantity: 2, lineTotal: 2 * MUG },
        ],
        total: 3 * APPLE + 2 * MUG,
        currency: 'USD',
      },
    });
    // The session stores only ids and quantities; names and prices come from the catalog.
    expect((await api.attributes()).cart).toEqual([
      { productId: 'apple', quantity: 3 },
      { productId: 'mug', quantity: 2 },
    ]);
  });

  test('PATCH sets the quantity, 0 removes the line, and a product not yet in the cart gets one', async ({ apiSession: api }) => {
    await api.post('/api/cart/items', { productId: 'apple', quantity: 5 });
    let cart = (await (await api.patch('/api/cart/items/apple', { quantity: 2 })).json()).cart;
    expect(cart.items).toEqual([{ productId: 'apple', name: 'Apple', unitPrice: APPLE, quantity: 2, lineTotal: 2 * APPLE }]);
    cart = (await (await api.patch('/api/cart/items/mug', { quantity: 99 })).json()).cart;
    expect(cart.items.map((i: { quantity: number }) => i.quantity)).toEqual([2, 99]);
    cart = (await (await api.patch('/api/cart/items/apple', { quantity: 0 })).json()).cart;
    expect(cart.items.map((i: { productId: string }) => i.productId)).toEqual(['mug']);
    expect(cart.total).toBe(99 * MUG);
  });

  test('DELETE removes one line (again: still fine), DELETE /api/cart empties it', async ({ apiSession: api }) => {
    await api.post('/api/cart/items', { productId: 'apple' });
    await api.post('/api/cart/items', { productId: 'mug' });
    const removed = await api.delete('/api/cart/items/apple');
    expect(removed.status()).toBe(200);
    expect((await removed.json()).cart.items.map((i: { productId: string }) => i.productId)).toEqual(['mug']);
    const again = await api.delete('/api/cart/items/apple');
    expect(again.status()).toBe(200);
    expect((await again.json()).cart.items).toHaveLength(1);
    const emptied = await api.delete('/api/cart');
    expect(emptied.status()).toBe(200);
    expect(await emptied.json()).toEqual({ cart: { items: [], total: 0, currency: 'USD' } });
    expect((await api.attributes()).cart).toEqual([]);
  });

  test('PUT /api/language stores the language, and the cart answers in it', async ({ apiSession: api }) => {
    await api.post('/api/cart/items', { productId: 'apple' });
    for (const [language, name] of [
      ['es', 'Manzana'],
      ['ko', '사과'],
      ['en', 'Apple'],
    ] as const) {
      const response = await api.put('/api/language', { language });
      expect(response.status()).toBe(200);
      expect(await response.json()).toEqual({ language });
      expect((await api.attributes()).language).toBe(language);
      expect((await api.cart()).items[0].name).toBe(name);
    }
  });
});

test.describe('refusals: a clear 4xx, and nothing changes', () => {
  const big = (size: number) => JSON.stringify({ productId: 'apple', quantity: 1, pad: 'x'.repeat(size) });
  const cases: [string, (api: ApiSession) => ReturnType<ApiSession['get']>, number, string][] = [
    ['POST an unknown product', (api) => api.post('/api/cart/items', { productId: 'caviar', quantity: 1 }), 404, 'unknown_product'],
    ['PATCH an unknown product', (api) => api.patch('/api/cart/items/caviar', { quantity: 1 }), 404, 'unknown_product'],
    ['DELETE an unknown product', (api) => api.delete('/api/cart/items/caviar'), 404, 'unknown_product'],
    ['POST quantity 0', (api) => api.post('/api/cart/items', { productId: 'apple', quantity: 0 }), 400, 'invalid_input'],
    ['POST quantity 100', (api) => api.post('/api/cart/items', { productId: 'apple', quantity: 100 }), 400, 'invalid_input'],
    ['POST quantity -1', (api) => api.post('/api/cart/items', { productId: 'apple', quantity: -1 }), 400, 'invalid_input'],
    ['POST quantity 1.5', (api) => api.post('/api/cart/items', { productId: 'apple', quantity: 1.5 }), 400, 'invalid_input'],
    ['POST quantity as a string', (api) => api.post('/api/cart/items', { productId: 'apple', quantity: '2' }), 400, 'invalid_input'],
    ['POST quantity null', (api) => api.post('/api/cart/items', { productId: 'apple', quantity: null }), 400, 'invalid_input'],
    ['POST without productId', (api) => api.post('/api/cart/items', { quantity: 1 }), 400, 'invalid_input'],
    ['POST productId as a number', (api) => api.post('/api/cart/items', { productId: 7, quantity: 1 }), 400, 'invalid_input'],
    ['POST an extra field', (api) => api.post('/api/cart/items', { productId: 'apple', quantity: 1, price: 1 }), 400, 'invalid_input'],
    ['POST malformed JSON', (api) => api.post('/api/cart/items', '{"productId": "apple",'), 400, 'invalid_input'],
    ['POST an empty body', (api) => api.post('/api/cart/items'), 400, 'invalid_input'],
    ['POST an array', (api) => api.post('/api/cart/items', '[{"productId":"apple"}]'), 400, 'invalid_input'],
    ['PATCH quantity 100', (api) => api.patch('/api/cart/items/apple', { quantity: 100 }), 400, 'invalid_input'],
    ['PATCH quantity -1', (api) => api.patch('/api/cart/items/apple', { quantity: -1 }), 400, 'invalid_input'],
    ['PATCH without quantity', (api) => api.patch('/api/cart/items/apple', {}), 400, 'invalid_input'],
    ['PATCH an extra field', (api) => api.patch('/api/cart/items/apple', { quantity: 2, productId: 'mug' }), 400, 'invalid_input'],
    ['PATCH malformed JSON', (api) => api.patch('/api/cart/items/apple', 'quantity=2'), 400, 'invalid_input'],
    ['PUT language fr', (api) => api.put('/api/language', { language: 'fr' }), 400, 'unsupported_language'],
    ['PUT language EN (case matters)', (api) => api.put('/api/language', { language: 'EN' }), 400, 'unsupported_language'],
    ['PUT language as a number', (api) => api.put('/api/language', { language: 5 }), 400, 'invalid_input'],
    ['PUT language with an extra field', (api) => api.put('/api/language', { language: 'ko', x: 1 }), 400, 'invalid_input'],
    ['PUT language malformed JSON', (api) => api.put('/api/language', '{language: ko}'), 400, 'invalid_input'],
    ['POST a body over 16 KB', (api) => api.post('/api/cart/items', big(17 * 1024)), 413, 'payload_too_large'],
    ['PATCH a body over 16 KB', (api) => api.patch('/api/cart/items/apple', big(17 * 1024)), 413, 'payload_too_large'],
    ['PUT a body over 16 KB', (api) => api.put('/api/language', big(17 * 1024)), 413, 'payload_too_large'],
    ['a path that is not valid percent-encoding', (api) => api.delete('/api/cart/items/%E0%A4%A'), 400, 'invalid_input'],
  ];

  for (const [label, send, status, code] of cases) {
    test(`${label} → ${status} ${code}`, async ({ request }) => {
      const api = await apiSession(request);
      await api.post('/api/cart/items', { productId: 'apple', quantity: 2 });
      const before = await api.attributes();
      await expectError(await send(api), status, code);
      expect(await api.attributes()).toEqual(before);
    });
  }

  test('writes without the X-CSRF-Token header are refused with 403 csrf', async ({ apiSession: api, request }) => {
    const before = await api.attributes();
    await expectError(await request.post('/api/cart/items', { data: { productId: 'apple' } }), 403, 'csrf');
    await expectError(await request.patch('/api/cart/items/apple', { data: { quantity: 1 } }), 403, 'csrf');
    await expectError(await request.delete('/api/cart/items/apple'), 403, 'csrf');
    await expectError(await request.delete('/api/cart'), 403, 'csrf');
    await expectError(await request.put('/api/language', { data: { language: 'ko' } }), 403, 'csrf');
    expect(await api.attributes()).toEqual(before);
  });
});

test.describe('concurrency', () => {
  test('99 parallel adds of one product to one session give exactly 99; one more is refused with 400', async ({ apiSession: api }) => {
    const responses = await Promise.all(Array.from({ length: 99 }, () => api.post('/api/cart/items', { productId: 'honey', quantity: 1 })));
    expect(responses.map((r) => r.status())).toEqual(Array(99).fill(200));
    expect((await api.cart()).items).toEqual([expect.objectContaining({ productId: 'honey', quantity: 99 })]);

    const more = await api.post('/api/cart/items', { productId: 'honey', quantity: 1 });
    await expectError(more, 400, 'cart_limit');
    expect((await api.attributes()).cart).toEqual([{ productId: 'honey', quantity: 99 }]);
  });

  test('30 parallel users each see only their own cart', async ({ baseURL }) => {
    const users = await Promise.all(Array.from({ length: 30 }, () => playwrightRequest.newContext({ baseURL })));
    try {
      const sessions = await Promise.all(users.map((user) => apiSession(user)));
      expect(new Set(sessions.map((s) => s.fingerprint)).size).toBe(30);
      // User i buys (i % 9) + 1 of product i % 10, plus i % 3 + 1 pencils, all at once.
      const products = (await (await sessions[0]!.get('/api/products')).json()).products.map((p: { id: string }) => p.id);
      const wanted = sessions.map((_, i) => ({ productId: products[i % products.length] as string, quantity: (i % 9) + 1 }));
      await Promise.all(
        sessions.flatMap((api, i) => [
          api.post('/api/cart/items', wanted[i]),
          api.post('/api/cart/items', { productId: 'pencil', quantity: (i % 3) + 1 }),
        ]),
      );
      const carts = await Promise.all(sessions.map((api) => api.cart()));
      carts.forEach((cart, i) => {
        const mine = new Map<string, number>([[wanted[i]!.productId, wanted[i]!.quantity]]);
        mine.set('pencil', (mine.get('pencil') ?? 0) + (i % 3) + 1);
        const got = new Map<string, number>(
          cart.items.map((item: { productId: string; quantity: number }) => [item.productId, item.quantity]),
        );
        expect(got, `user ${i}`).toEqual(mine);
      });
    } finally {
      await Promise.all(users.map((user) => user.dispose()));
    }
  });
});
