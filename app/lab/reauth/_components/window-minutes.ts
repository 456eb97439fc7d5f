import { formatNumber } from '@/lib/i18n/format';
import type { Language } from '@/lib/i18n/languages';
import { plural, type Plural } from '@/lib/i18n/plural';

/** The re-authentication window as the lab says it: minutes to a tenth ("5 minutes", "0.3 minutes"), for the page and its client parts alike. */
export function windowMinutes(language: Language, seconds: number, forms: Plural): string {
  const minutes = Math.round((seconds / 60) * 10) / 10;
  return plural(language, minutes, forms, { count: formatNumber(minutes, language) });
}
