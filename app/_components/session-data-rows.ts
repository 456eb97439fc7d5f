import { findProduct } from '@/lib/cart/catalog';
import { jsonBytes } from '@/lib/sizes/byte-size';
import { format } from '@/lib/i18n/define-messages';
import type { Language } from '@/lib/i18n/languages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { SessionView } from '@/lib/next-session/session-view';

/** The three things the panels compare, as each store names them. */
export const COMPARED = ['user', 'cart', 'language'] as const;
export type Compared = (typeof COMPARED)[number];

export function comparedLabel(item: Compared, t: Dictionary['dashboard']): string {
  return { user: t.rowUser, cart: t.rowCart, language: t.rowLanguage }[item];
}

/** The server keeps the user as two attributes (userId, role); cart and language as one each. */
export function serverValue(item: Compared, attributes: SessionView['attributes']): { source: string; value: unknown } {
  if (item === 'user') {
    const { userId, role } = attributes;
    return { source: 'userId, role', value: userId === undefined ? undefined : { userId, role: role ?? null } };
  }
  return { source: item, value: attributes[item] };
}

export function serverBytes(value: unknown): number | null {
  return value === undefined ? null : jsonBytes(value);
}

/**
 * The cart as a person reads it ("2 × Green tea, 1 × Pencil"), from the stored
 * JSON of any of the three copies; the JSON itself stays one click away.
 * Undefined for the other rows, or when the text is not a cart.
 */
export function readableValue(item: Compared, json: string | null, language: Language, t: Dictionary['dashboard']): string | undefined {
  if (item !== 'cart' || json === null) return undefined;
  let lines: unknown;
  try {
    lines = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(lines)) return undefined;
  if (lines.length === 0) return t.cartEmpty;
  const items: string[] = [];
  for (const line of lines) {
    if (typeof line?.productId !== 'string' || typeof line?.quantity !== 'number') return undefined;
    const name = findProduct(line.productId)?.name[language] ?? line.productId;
    items.push(format(t.cartItem, { quantity: line.quantity, name }));
  }
  return items.join(', ');
}
