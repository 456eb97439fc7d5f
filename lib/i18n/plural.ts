import { format } from './define-messages';
import type { Language } from './languages';

/**
 * The plural forms each language needs, by its CLDR plural categories
 * (what `new Intl.PluralRules(language).resolvedOptions().pluralCategories`
 * lists in Node 20; a unit test checks the two agree). Korean has one form;
 * Spanish has a third, "many", for round millions ("1.000.000 de bytes").
 * A message that leaves out a form its language needs does not compile.
 */
export type PluralForms = {
  en: { one: string; other: string };
  ko: { other: string };
  es: { one: string; many: string; other: string };
};

/** A plural message as a component receives it, whatever the language: `other` is always there. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Language, Intl.PluralRules>();

function rulesOf(language: Language): Intl.PluralRules {
  let found = rules.get(language);
  if (!found) rules.set(language, (found = new Intl.PluralRules(language)));
  return found;
}

/**
 * The form of `forms` that `n` takes in `language`, with `{count}` filled:
 * plural('en', 1, { one: '{count} byte', other: '{count} bytes' }) is "1 byte".
 * `{count}` is `n` as given; pass `values.count` to show it otherwise
 * (formatNumber's "4,096"), and other values for the other placeholders.
 */
export function plural(language: Language, n: number, forms: Plural, values: Record<string, string | number> = {}): string {
  const template = forms[rulesOf(language).select(n)] ?? forms.other;
  return format(template, { count: n, ...values });
}

/** Every text of a message: the string itself, or each plural form (for the parity tests). */
export function textsOf(message: string | Plural): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

/** "1 second" / "2 seconds" for the API's error messages, which are English only (they are for developers). */
export function secondsInEnglish(n: number): string {
  return plural('en', n, { one: '{count} second', other: '{count} seconds' });
}
