import { describe, expect, it } from 'vitest';
import { defineMessages } from '@/lib/i18n/define-messages';
import { formatNumber } from '@/lib/i18n/format';
import { plural, secondsInEnglish } from '@/lib/i18n/plural';

const bytes = defineMessages({
  en: { bytes: { one: '{count} byte', other: '{count} bytes' }, title: 'Size' },
  ko: { bytes: { other: '{count}바이트' }, title: '크기' },
  es: { bytes: { one: '{count} byte', many: '{count} de bytes', other: '{count} bytes' }, title: 'Tamaño' },
});

describe('plural', () => {
  it('picks English one/other: 1 byte, 0 and 2 bytes', () => {
    expect(plural('en', 1, bytes.en.bytes)).toBe('1 byte');
    expect(plural('en', 0, bytes.en.bytes)).toBe('0 bytes');
    expect(plural('en', 2, bytes.en.bytes)).toBe('2 bytes');
  });

  it('Korean has one form for every count', () => {
    for (const n of [0, 1, 2, 1_000_000]) expect(plural('ko', n, bytes.ko.bytes)).toBe(`${n}바이트`);
  });

  it('Spanish: one for 1, many for round millions, other for the rest', () => {
    expect(plural('es', 1, bytes.es.bytes)).toBe('1 byte');
    expect(plural('es', 2, bytes.es.bytes)).toBe('2 bytes');
    expect(plural('es', 1_000_000, bytes.es.bytes, { count: formatNumber(1_000_000, 'es') })).toBe('1.000.000 de bytes');
    expect(plural('es', 1_000_001, bytes.es.bytes)).toBe('1000001 bytes');
  });

  it('fills {count} with the number as given unless told otherwise, and the other placeholders', () => {
    expect(plural('en', 4096, bytes.en.bytes)).toBe('4096 bytes');
    expect(plural('en', 4096, bytes.en.bytes, { count: formatNumber(4096, 'en') })).toBe('4,096 bytes');
    expect(
      plural('en', 1, { one: 'Ended {count} other session ({id}).', other: 'Ended {count} other sessions ({id}).' }, { id: 'ab' }),
    ).toBe('Ended 1 other session (ab).');
  });

  it('a plural message missing a form its language needs does not compile', () => {
    defineMessages({
      // @ts-expect-error English needs "one"
      en: { n: { other: '{count}' } },
      ko: { n: { other: '{count}' } },
      es: { n: { one: '{count}', many: '{count}', other: '{count}' } },
    });
    defineMessages({
      en: { n: { one: '{count}', other: '{count}' } },
      ko: { n: { other: '{count}' } },
      // @ts-expect-error Spanish needs "many"
      es: { n: { one: '{count}', other: '{count}' } },
    });
    defineMessages({
      en: { n: { one: '{count}', other: '{count}' } },
      // @ts-expect-error a plain string where English has a plural
      ko: { n: '{count}' },
      es: { n: { one: '{count}', many: '{count}', other: '{count}' } },
    });
  });

  it("the API's English errors say 1 second, 2 seconds", () => {
    expect(secondsInEnglish(1)).toBe('1 second');
    expect(secondsInEnglish(2)).toBe('2 seconds');
  });
});
