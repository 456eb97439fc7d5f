import { describe, expect, it } from 'vitest';
import { MAX_QUANTITY } from './cart';
import { addToCart, cartBody, cartOf, clearCart, removeFromCart, setCartQuantity } from './cart-session';
import { LocalEventBus, type SessionEvent } from '../session/events';
import { SessionManager } from '../session/session-manager';
import { SqliteSessionStore } from '../session/sqlite-store';

/** A real store (SQLite in memory) and one session that starts the way the app starts them. */
async function setup() {
  const events = new LocalEventBus();
  const seen: SessionEvent[] = [];
  events.subscribe((event) => seen.push(event));
  const store = new SqliteSessionStore(':memory:');
  const manager = new SessionManager({ store, events, now: Date.now }, { idleTimeout: 600, absoluteTimeout: 3600 });
  const session = await manager.create({ attributes: { cart: [], language: 'en', csrfToken: 't' } });
  /** Another request for the same session, holding its own snapshot (another tab). */
  const tab = async () => (await manager.load(session.id, { touch: false }))!;
  const stored = async () => (await store.get(session.key))!.attributes.cart;
  return { session, tab, stored, seen };
}

describe('cart operations on a session', () => {
  it('two tabs holding stale snapshots both add: the store has both', async () => {
    const { tab, stored } = await setup();
    const a = await tab();
    const b = await tab();
    await addToCart(a, 'apple', 1);
    await addToCart(b, 'apple', 2);
    await addToCart(b, 'mug', 1);
    expect(await stored()).toEqual([
      { productId: 'apple', quantity: 3 },
      { productId: 'mug', quantity: 1 },
    ]);
    expect(cartOf(await tab())).toEqual(await stored());
  });

  it(`${MAX_QUANTITY} adds from racing requests give exactly ${MAX_QUANTITY}; the next is refused and writes nothing`, async () => {
    const { tab, stored, seen } = await setup();
    const requests = await Promise.all(Array.from({ length: MAX_QUANTITY }, () => tab()));
    await Promise.all(requests.map((request) => addToCart(request, 'honey', 1)));
    expect(await stored()).toEqual([{ productId: 'honey', quantity: MAX_QUANTITY }]);
    const eventsBefore = seen.length;
    await expect(addToCart(await tab(), 'honey', 1)).rejects.toMatchObject({ status: 400, code: 'cart_limit' });
    expect(await stored()).toEqual([{ productId: 'honey', quantity: MAX_QUANTITY }]);
    expect(seen).toHaveLength(eventsBefore); // no "attribute replaced" for a refused change
  });

  it('an unknown product is a 404 and touches nothing', async () => {
    const { session, stored } = await setup();
    await addToCart(session, 'apple', 1);
    for (const run of [
      () => addToCart(session, 'caviar', 1),
      () => setCartQuantity(session, 'caviar', 2),
      () => removeFromCart(session, 'caviar'),
    ]) {
      await expect(run()).rejects.toMatchObject({ status: 404, code: 'unknown_product' });
    }
    expect(await stored()).toEqual([{ productId: 'apple', quantity: 1 }]);
  });

  it('sets, removes and clears; the body names products in the session language', async () => {
    const { session, stored } = await setup();
    await addToCart(session, 'apple', 1);
    await addToCart(session, 'pencil', 4);
    await setCartQuantity(session, 'apple', 10);
    await setCartQuantity(session, 'pencil', 0);
    expect(await stored()).toEqual([{ productId: 'apple', quantity: 10 }]);
    await session.setAttribute('language', 'ko');
    expect(cartBody(session).cart).toEqual({
      items: [{ productId: 'apple', name: '사과', unitPrice: 89, quantity: 10, lineTotal: 890 }],
      total: 890,
      currency: 'USD',
    });
    await removeFromCart(session, 'apple');
    await addToCart(session, 'mug', 1);
    await clearCart(session);
    expect(await stored()).toEqual([]);
  });

  it('a corrupt cart attribute is repaired by the next change instead of failing', async () => {
    const { session, stored } = await setup();
    await session.setAttribute('cart', { not: 'a cart' });
    expect(cartOf(session)).toEqual([]);
    await addToCart(session, 'apple', 1);
    expect(await stored()).toEqual([{ productId: 'apple', quantity: 1 }]);
  });

  it('a new session ID (as at login) keeps the cart and the language', async () => {
    const { session, tab } = await setup();
    await addToCart(session, 'mug', 2);
    await session.setAttribute('language', 'es');
    const before = session.fingerprint;
    await session.regenerate();
    expect(session.fingerprint).not.toBe(before);
    await addToCart(session, 'mug', 1);
    expect(cartBody(session).cart.items).toEqual([{ productId: 'mug', name: 'Taza', unitPrice: 1450, quantity: 3, lineTotal: 4350 }]);
    expect(cartOf(await tab())).toEqual([{ productId: 'mug', quantity: 3 }]);
  });
});
