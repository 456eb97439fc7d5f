import { describe, expect, it } from 'vitest';
import { format } from '@/lib/i18n/define-messages';
import { allMessages } from '@/lib/i18n/dictionary';
import { LANGUAGES, negotiateLanguage } from '@/lib/i18n/languages';

describe('dictionaries', () => {
  it.each(Object.entries(allMessages))('"%s" has the same keys, all non-empty, in every language', (_feature, messages) => {
    const english = Object.keys(messages.en).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(messages[language]).sort()).toEqual(english);
      for (const value of Object.values(messages[language])) expect(value.trim()).not.toBe('');
    }
  });

  it('placeholders match across languages', () => {
    for (const messages of Object.values(allMessages)) {
      for (const [key, english] of Object.entries(messages.en)) {
        const wanted = (english.match(/\{\w+\}/g) ?? []).sort();
        for (const language of LANGUAGES) {
          const text = (messages[language] as Record<string, string>)[key] ?? '';
          expect((text.match(/\{\w+\}/g) ?? []).sort(), `${language}.${key}`).toEqual(wanted);
        }
      }
    }
  });

  it('format fills placeholders and leaves unknown ones', () => {
    expect(format('Add {product} to cart', { product: 'Tea' })).toBe('Add Tea to cart');
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

describe('negotiateLanguage', () => {
  it.each([
    [null, 'en'],
    ['', 'en'],
    ['ko-KR,ko;q=0.9,en;q=0.8', 'ko'],
    ['fr-FR,es;q=0.5,en;q=0.4', 'es'],
    ['de,fr', 'en'],
    ['en;q=0.1,es;q=0.9', 'es'],
    ['ko;q=0,es', 'es'],
    ['*', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});
