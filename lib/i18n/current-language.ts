import 'server-only';
import { readSession } from '../request-session';
import { getDictionary } from './dictionary';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';

/** The visitor's language: the `language` attribute of their session. */
export async function currentLanguage(): Promise<Language> {
  try {
    const language = (await readSession())?.getAttribute('language');
    return isLanguage(language) ? language : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // store down: still render, in English
  }
}

export async function currentDictionary() {
  const language = await currentLanguage();
  return { language, t: getDictionary(language) };
}
