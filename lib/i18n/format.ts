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
 * the live timeline, whose introduction says UTC). Always UTC, with a 24-hour clock.
 *
 * Written out here rather than by Intl.DateTimeFormat, for two reasons:
 * - The first Intl date or number formatter a page makes loads the browser's
 *   locale data: 47 to 89 ms of one task in Chromium 156 (Debian's), in a fresh tab, on
 *   this machine at half its speed. A phone's slower CPU multiplies that, right
 *   while the page starts; the bare App Router page never pays it.
 * - The server (Node's ICU) and the browser (its own ICU, of its own version)
 *   would each write the text from their own copy of the locale data, which
 *   changes between versions, and one differing letter is a hydration mismatch.
 *   Here both run the same code. A unit test checks every form against Node's Intl
 *   (years 1 to 275760; a year before 1, which no caller has, is written as Date's signed year).
 */
export function formatDateTime(value: string | number, how: Language | 'time'): string {
  if (Number.isNaN(scratch.setTime(typeof value === 'number' ? value : Date.parse(value)))) throw new RangeError(`Not a moment: ${value}`);
  const [hour, minute, second] = [scratch.getUTCHours(), pad(scratch.getUTCMinutes()), pad(scratch.getUTCSeconds())];
  if (how === 'time') return `${pad(hour)}:${minute}:${second}`;
  const [year, month, day] = [scratch.getUTCFullYear(), scratch.getUTCMonth(), scratch.getUTCDate()];
  switch (how) {
    case 'en':
      return `${EN_MONTHS[month]} ${day}, ${year}, ${pad(hour)}:${minute}:${second} UTC`;
    case 'es':
      return `${day} ${ES_MONTHS[month]} ${year}, ${hour}:${minute}:${second} UTC`;
    case 'ko':
      return `${year}. ${month + 1}. ${day}. ${hour}:${minute}:${second} UTC`;
  }
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const ES_MONTHS = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'] as const;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A count as the language writes it: "4,096" in English and Korean; "4096" but
 * "12.345" in Spanish (which groups only from five digits). Whole numbers are
 * written out here, as dates are above; anything else goes to Intl.NumberFormat.
 */
export function formatNumber(value: number, language: Language): string {
  // -0 is left to Intl, which writes "-0".
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return numberFormat(language).format(value);
  const digits = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  if (language === 'es' && digits.length < 5) return sign + digits;
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, language === 'es' ? '.' : ',');
}

// Made on first use (see above for what the first one costs), one per language.
const numberFormats = new Map<Language, Intl.NumberFormat>();

function numberFormat(language: Language): Intl.NumberFormat {
  let formatter = numberFormats.get(language);
  if (!formatter) numberFormats.set(language, (formatter = new Intl.NumberFormat(language)));
  return formatter;
}

/** A stored value for a table cell: long values are cut, so a 64 KB attribute does not flood the page. */
export function previewJson(value: unknown, max = 120): { text: string; cut: boolean } {
  const text = JSON.stringify(value) ?? '';
  return text.length > max ? { text: text.slice(0, max), cut: true } : { text, cut: false };
}
