import { priceLines, type CartLine } from './cart';
import { findProduct } from './catalog';
import type { Language } from '../i18n/languages';
import { CURRENCY } from './money';

/**
 * The cart as the API and the page show it: each line with the product's name
 * in the visitor's language, its unit price and line total, and the total, all
 * in integer cents. Lines for products no longer sold are left out.
 */
export function cartView(cart: readonly CartLine[], language: Language) {
  const lines = cart.flatMap((line) => {
    const product = findProduct(line.productId);
    return product ? [{ productId: line.productId, name: product.name[language], unitPrice: product.price, quantity: line.quantity }] : [];
  });
  return { ...priceLines(lines), currency: CURRENCY };
}

export type CartView = ReturnType<typeof cartView>;
