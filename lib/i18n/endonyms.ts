import type { Language } from './languages';

/** Each language in its own words: the picker shows these whatever the page's language. */
export const ENDONYMS: Record<Language, string> = { en: 'English', ko: '한국어', es: 'Español' };
