import { ApiError } from '../api/api-error';

/*
 * The cart's rules, as pure functions over the stored value: no session, no
 * catalog, no I/O. The session operations (cart-session.ts) apply them inside
 * the store's atomic update, and the API and the shop page both call those.
 */

/** One line of the `cart` attribute, exactly as the session stores it. */
export type CartLine = { productId: string; quantity: number };

export const MAX_QUANTITY = 99;
export const MAX_LINES = 50;

export type CartLimit = 'quantity' | 'lines';

/** The change is fine on its own but the cart would break a limit: 400, and nothing changes. */
export class CartLimitError extends ApiError {
  constructor(readonly limit: CartLimit) {
    super(
      400,
      'cart_limit',
      limit === 'quantity'
        ? `A cart line holds at most ${MAX_QUANTITY} of one product.`
        : `A cart holds at most ${MAX_LINES} different products.`,
    );
    this.name = 'CartLimitError';
  }
}

function assertQuantity(quantity: number, min: 0 | 1): void {
  if (!Number.isInteger(quantity) || quantity < min || quantity > MAX_QUANTITY) {
    throw new ApiError(400, 'invalid_input', `quantity must be a whole number from ${min} to ${MAX_QUANTITY}.`);
  }
}

const isLine = (value: unknown): value is CartLine =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as CartLine).productId === 'string' &&
  Number.isInteger((value as CartLine).quantity) &&
  (value as CartLine).quantity > 0;

/**
 * The stored attribute as a clean cart, whatever it holds: lines of the wrong
 * shape are dropped, repeated products merged, quantities and line count
 * capped. The rules below can then trust their input.
 */
export function readCart(stored: unknown): CartLine[] {
  if (!Array.isArray(stored)) return [];
  const merged = new Map<string, number>();
  for (const line of stored) {
    if (!isLine(line)) continue;
    if (!merged.has(line.productId) && merged.size >= MAX_LINES) continue;
    merged.set(line.productId, Math.min(MAX_QUANTITY, (merged.get(line.productId) ?? 0) + line.quantity));
  }
  return [...merged].map(([productId, quantity]) => ({ productId, quantity }));
}

/** Adds `quantity` of a product: a new line at the end, or more on its existing line. */
export function addItem(cart: readonly CartLine[], productId: string, quantity: number): CartLine[] {
  assertQuantity(quantity, 1);
  const existing = cart.find((line) => line.productId === productId);
  if (!existing) {
    if (cart.length >= MAX_LINES) throw new CartLimitError('lines');
    return [...cart, { productId, quantity }];
  }
  if (existing.quantity + quantity > MAX_QUANTITY) throw new CartLimitError('quantity');
  return cart.map((line) => (line === existing ? { productId, quantity: line.quantity + quantity } : line));
}

/** Sets a line to exactly `quantity`; 0 removes it, and a product not yet in the cart gets a line. */
export function setQuantity(cart: readonly CartLine[], productId: string, quantity: number): CartLine[] {
  assertQuantity(quantity, 0);
  if (quantity === 0) return removeItem(cart, productId);
  if (!cart.some((line) => line.productId === productId)) return addItem(cart, productId, quantity);
  return cart.map((line) => (line.productId === productId ? { productId, quantity } : line));
}

/** Drops a product's line; removing one that is not there is not an error (the cart already says so). */
export function removeItem(cart: readonly CartLine[], productId: string): CartLine[] {
  return cart.filter((line) => line.productId !== productId);
}

export function itemCount(cart: readonly CartLine[]): number {
  return cart.reduce((sum, line) => sum + line.quantity, 0);
}

/** Line totals and the cart total, all in integer cents. */
export function priceLines<Line extends CartLine & { unitPrice: number }>(lines: readonly Line[]) {
  const items = lines.map((line) => ({ ...line, lineTotal: line.unitPrice * line.quantity }));
  return { items, total: items.reduce((sum, item) => sum + item.lineTotal, 0) };
}
