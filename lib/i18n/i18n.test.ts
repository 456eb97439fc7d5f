import { describe, expect, it } from 'vitest';
import { format } from '@/lib/i18n/define-messages';
import { allMessages } from '@/lib/i18n/dictionary';
import { LANGUAGES, negotiateLanguage, type Language } from '@/lib/i18n/languages';
import { textsOf, type Plural } from '@/lib/i18n/plural';

describe('dictionaries', () => {
  const entries = (language: Language, messages: (typeof allMessages)[keyof typeof allMessages]) =>
    Object.entries(messages[language] as Record<string, string | Plural>);

  it.each(Object.entries(allMessages))('"%s" has the same keys, all non-empty, in every language', (_feature, messages) => {
    const english = Object.keys(messages.en).sort();
    for (const language of LANGUAGES) {
      expect(Object.keys(messages[language]).sort()).toEqual(english);
      for (const [, message] of entries(language, messages)) for (const text of textsOf(message)) expect(text.trim()).not.toBe('');
    }
  });

  it.each(Object.entries(allMessages))('"%s": a plural message has exactly the forms CLDR gives its language', (_feature, messages) => {
    for (const [key, message] of entries('en', messages)) {
      for (const language of LANGUAGES) {
        const translated = (messages[language] as Record<string, string | Plural>)[key]!;
        expect(typeof translated, `${language}.${key}`).toBe(typeof message);
        if (typeof translated === 'string') continue;
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        expect(Object.keys(translated).sort(), `${language}.${key}`).toEqual([...categories].sort());
      }
    }
  });

  it('placeholders match across languages and plural forms', () => {
    for (const messages of Object.values(allMessages)) {
      for (const [key, english] of entries('en', messages)) {
        const wanted = (textsOf(english)[0]!.match(/\{\w+\}/g) ?? []).sort();
        for (const language of LANGUAGES) {
          for (const text of textsOf((messages[language] as Record<string, string | Plural>)[key] ?? '')) {
            expect((text.match(/\{\w+\}/g) ?? []).sort(), `${language}.${key}`).toEqual(wanted);
          }
        }
      }
    }
  });

  it('prose writes quotes as each language does (“…” and ’ in English and Korean, «…» in Spanish); straight ones only in code', () => {
    // Code keeps its straight quotes: an attribute (target="_blank") or a JSON word ("include", "stateless").
    const code = /[\w-]+="[^"]*"|"[a-z_]+"/g;
    const straight: string[] = [];
    for (const [feature, messages] of Object.entries(allMessages)) {
      for (const language of LANGUAGES) {
        for (const [key, message] of entries(language, messages)) {
          for (const text of textsOf(message)) {
            const prose = text.replace(code, '');
            if (/["']/.test(prose) || (language === 'es' && /[“”]/.test(prose))) straight.push(`${feature}.${language}.${key}`);
          }
        }
      }
    }
    expect(straight).toEqual([]);
  });

  it('one word for each thing: ending a session is "End" on /sessions and /admin/sessions alike; English logs in and out, never signs', () => {
    for (const language of LANGUAGES) {
      const auth = allMessages.auth[language];
      expect([auth.revoke, auth.revoking], language).toEqual([auth.endSession, auth.ending]);
    }
    const signs: string[] = [];
    for (const [feature, messages] of Object.entries(allMessages)) {
      for (const [key, message] of entries('en', messages)) {
        if (textsOf(message).some((text) => /\bsign(ed|ing)? (in|out)\b/i.test(text))) signs.push(`${feature}.${key}`);
      }
    }
    expect(signs).toEqual([]);
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
