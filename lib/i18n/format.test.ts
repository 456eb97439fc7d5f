import { describe, expect, it } from 'vitest';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { LANGUAGES } from '@/lib/i18n/languages';

// What the app wrote before it wrote these itself, and what the server's Intl still says.
const intlDateTime = (language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC', hourCycle: 'h23' });

describe('formatDateTime', () => {
  it('writes what Intl writes in every language: every month and hour, days, minutes and seconds across them, years 1 to 275760', () => {
    for (const language of LANGUAGES) {
      const intl = intlDateTime(language);
      const moments = [0, Date.UTC(2026, 0, 5, 14, 3, 7), Date.UTC(9999, 11, 31, 23, 59, 59), 8.64e15];
      // Years of one to five digits (Date.UTC maps 0-99 to 1900-1999, setUTCFullYear does not).
      for (const year of [1, 99, 999, 10_000]) moments.push(new Date(0).setUTCFullYear(year, 6, 4));
      for (let month = 0; month < 12; month++)
        for (let day = 1; day <= 31; day += 3)
          moments.push(Date.UTC(2026 + month, month, day, (day + month) % 24, (day * 7) % 60, (day * 11) % 60));
      for (let hour = 0; hour < 24; hour++) moments.push(Date.UTC(2030, 5, 9, hour, hour === 23 ? 59 : 0, hour % 2 ? 9 : 10));
      // And a spread of real-looking moments, from a fixed seed.
      for (let i = 0, x = 12345; i < 500; i++) moments.push((x = (x * 1103515245 + 12345) % 2 ** 31) * 1000 + 1_700_000_000_000);
      for (const ms of moments)
        expect(formatDateTime(ms, language), `${language} ${new Date(ms).toISOString()}`).toBe(`${intl.format(ms)} UTC`);
    }
  });

  it('reads ISO strings and numbers alike, and "time" is the time of day', () => {
    expect(formatDateTime('2026-01-05T14:03:07.000Z', 'en')).toBe('Jan 5, 2026, 14:03:07 UTC');
    expect(formatDateTime(Date.UTC(2026, 8, 5, 4, 3, 7), 'es')).toBe('5 sept 2026, 4:03:07 UTC');
    expect(formatDateTime(Date.UTC(2026, 8, 5, 4, 3, 7), 'ko')).toBe('2026. 9. 5. 4:03:07 UTC');
    expect(formatDateTime(Date.UTC(2026, 8, 5, 4, 3, 7), 'time')).toBe('04:03:07');
  });

  it('refuses what is not a moment, as Intl does', () => {
    expect(() => formatDateTime('not a date', 'en')).toThrow(RangeError);
    expect(() => formatDateTime(Number.NaN, 'time')).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it('writes what Intl writes in every language, whole numbers of every length, signed', () => {
    const values = [0, 1, 9, 10, 999, 1000, 4096, 9999, 10_000, 12_345, 99_999, 100_000, 1_000_000, 1_234_567, Number.MAX_SAFE_INTEGER];
    for (let n = 1; n < 1e15; n = n * 7 + 3) values.push(n);
    for (const language of LANGUAGES) {
      const intl = new Intl.NumberFormat(language);
      for (const n of [...values, ...values.map((v) => -v)]) expect(formatNumber(n, language), `${language} ${n}`).toBe(intl.format(n));
    }
  });

  it('leaves the rest to Intl: fractions, -0, numbers past 2^53', () => {
    expect(formatNumber(1.5, 'es')).toBe('1,5');
    expect(formatNumber(-0, 'en')).toBe('-0');
    expect(formatNumber(2 ** 60, 'en')).toBe(new Intl.NumberFormat('en').format(2 ** 60));
  });
});
