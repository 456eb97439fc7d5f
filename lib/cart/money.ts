import 'server-only';

import type { Language } from '../i18n/languages';

/** The shop's one currency. Amounts everywhere are integer cents of it. */
export const CURRENCY = 'USD';

/** The region whose number style each language uses (decimal comma in Spanish, for one). */
const NUMBER_LOCALE: Record<Language, string> = { en: 'en-US', ko: 'ko-KR', es: 'es-ES' };

const formatters = new Map<Language, Intl.NumberFormat>();

/** "$12.99", "US$12.99", "12,99 US$": the same amount written the way the visitor reads it. */
export function formatPrice(cents: number, language: Language): string {
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(NUMBER_LOCALE[language], { style: 'currency', currency: CURRENCY });
    formatters.set(language, formatter);
  }
  return formatter.format(cents / 100);
}
