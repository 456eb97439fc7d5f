import { jsonBytes } from '@/lib/sizes/byte-size';
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
