import type { Language } from './languages';

// One Date, reset for each timestamp: a session view formats four on every
// request, and Next.js wraps the Date constructor (for its own checks) in production too.
const scratch = new Date(0);

/** A moment for the API and stored JSON: ISO 8601, UTC ("2026-01-05T14:03:07.000Z"). */
export function isoTime(ms: number): string {
  scratch.setTime(ms);
  return scratch.toISOString();
}

/**
 * The one way a page shows a moment: "Jan 5, 2026, 14:03:07 UTC" in the
 * visitor's language, or with 'time' the time of day alone ("14:03:07", for
 * the live timeline). Always UTC, with a 24-hour clock: the server and the
 * browser then write the same text (no hydration surprises, whatever the time zone).
 */
export function formatDateTime(value: string | number, how: Language | 'time'): string {
  const date = new Date(value);
  if (how === 'time') return date.toISOString().slice(11, 19);
  const formatted = new Intl.DateTimeFormat(how, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC', hourCycle: 'h23' }).format(
    date,
  );
  return `${formatted} UTC`;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A stored value for a table cell: long values are cut, so a 64 KB attribute does not flood the page. */
export function previewJson(value: unknown, max = 120): { text: string; cut: boolean } {
  const text = JSON.stringify(value) ?? '';
  return text.length > max ? { text: text.slice(0, max), cut: true } : { text, cut: false };
}
