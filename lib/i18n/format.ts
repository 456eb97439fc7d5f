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
  return `${formatterOf(dateTimeFormats, how, () => new Intl.DateTimeFormat(how, DATE_TIME)).format(date)} UTC`;
}

export function formatNumber(value: number, language: Language): string {
  return formatterOf(numberFormats, language, () => new Intl.NumberFormat(language)).format(value);
}

const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC', hourCycle: 'h23' };

/*
 * One formatter per language, made on first use. Making one loads the
 * language's rules and costs far more than formatting: a phone spent about a
 * tenth of a second of the dashboard's start on them, one per date shown.
 */
const dateTimeFormats = new Map<Language, Intl.DateTimeFormat>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

function formatterOf<F>(made: Map<Language, F>, language: Language, make: () => F): F {
  let formatter = made.get(language);
  if (!formatter) made.set(language, (formatter = make()));
  return formatter;
}

/** A stored value for a table cell: long values are cut, so a 64 KB attribute does not flood the page. */
export function previewJson(value: unknown, max = 120): { text: string; cut: boolean } {
  const text = JSON.stringify(value) ?? '';
  return text.length > max ? { text: text.slice(0, max), cut: true } : { text, cut: false };
}
