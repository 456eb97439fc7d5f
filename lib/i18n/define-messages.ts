import type { Language } from './languages';
import type { Plural, PluralForms } from './plural';

/** What English may hold: a string, or a plural message in its forms (see plural.ts). */
type EnglishMessages = Record<string, string | PluralForms['en']>;

/** Another language's messages: the same keys, a string where English has one, that language's plural forms where English has them. */
type Same<T, L extends Language> = { [K in keyof T]: T[K] extends string ? string : PluralForms[L] };

/** What a component receives for a feature: strings, and plural messages in the shape shared by every language. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Plural };

/**
 * One feature's strings in every language. The types make Korean and Spanish
 * carry exactly the English keys (a missing or extra key fails the build), and
 * each plural message exactly the forms its language needs; a unit test checks
 * the same at run time.
 */
export function defineMessages<T extends EnglishMessages>(messages: {
  en: T;
  ko: Same<T, 'ko'>;
  es: Same<T, 'es'>;
}): Record<Language, Messages<T>> {
  return messages as Record<Language, Messages<T>>;
}

/** Fills `{name}` placeholders: format('Add {product} to cart', {product: 'Tea'}). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
