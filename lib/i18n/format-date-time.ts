import type { Language } from './languages';

/**
 * A moment as "Jan 5, 2026, 14:03:07 UTC" in the visitor's language. Always
 * UTC and always formatted on the server: the browser's clock and time zone
 * would differ and break hydration.
 */
export function formatDateTimeUtc(iso: string | number, language: Language): string {
  const formatted = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
    hourCycle: 'h23',
  }).format(new Date(iso));
  return `${formatted} UTC`;
}
