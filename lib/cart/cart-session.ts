import 'server-only';
import { ApiError } from '../api/api-error';
import { addItem, readCart, removeItem, setQuantity, type CartLine } from './cart';
import { cartView } from './cart-view';
import { findProduct } from './catalog';
import { languageOf } from '../next-session/language';
import type { HttpSession } from '../session/http-session';
import { attribute } from '../next-session/attributes';

/*
 * The cart operations, one place for the API routes and the shop's server
 * actions. Each applies a rule from cart.ts inside the store's atomic
 * read-modify-write: the rule sees the cart as stored at that instant, so
 * parallel requests from several tabs all count. A rule that refuses throws
 * inside the transaction, which then writes nothing.
 */

const CART = attribute('cart');

export class UnknownProductError extends ApiError {
  constructor(readonly productId: string) {
    super(404, 'unknown_product', 'There is no product with this id. GET /api/products lists them.');
    this.name = 'UnknownProductError';
  }
}

function requireProduct(productId: string): void {
  if (!findProduct(productId)) throw new UnknownProductError(productId);
}

/** The cart as this request loaded it (reads need no transaction). */
export function cartOf(session: HttpSession): CartLine[] {
  return readCart(session.getAttribute(CART));
}

function change(session: HttpSession, rule: (cart: CartLine[]) => CartLine[]): Promise<CartLine[]> {
  return session.updateAttribute<CartLine[]>(CART, (stored) => rule(readCart(stored)));
}

export async function addToCart(session: HttpSession, productId: string, quantity: number): Promise<CartLine[]> {
  requireProduct(productId);
  return change(session, (cart) => addItem(cart, productId, quantity));
}

/** 0 removes the line. */
export async function setCartQuantity(session: HttpSession, productId: string, quantity: number): Promise<CartLine[]> {
  requireProduct(productId);
  return change(session, (cart) => setQuantity(cart, productId, quantity));
}

export async function removeFromCart(session: HttpSession, productId: string): Promise<CartLine[]> {
  requireProduct(productId);
  return change(session, (cart) => removeItem(cart, productId));
}

export async function clearCart(session: HttpSession): Promise<CartLine[]> {
  return change(session, () => []);
}

/** What every cart endpoint answers: `{cart: {items, total, currency}}`, names in the session's language. */
export function cartBody(session: HttpSession, cart: readonly CartLine[] = cartOf(session)) {
  return { cart: cartView(cart, languageOf(session)) };
}
