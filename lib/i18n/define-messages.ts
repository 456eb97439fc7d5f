import type { Language } from './languages';

type Same<T> = { [K in keyof T]: string };

/**
 * One feature's strings in every language. The types make Korean and Spanish
 * carry exactly the English keys (a missing or extra key fails the build), and
 * a unit test checks the same at run time.
 */
export function defineMessages<T extends Record<string, string>>(messages: { en: T; ko: Same<T>; es: Same<T> }): Record<Language, Same<T>> {
  return messages;
}

/** Fills `{name}` placeholders: format('Add {product} to cart', {product: 'Tea'}). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
