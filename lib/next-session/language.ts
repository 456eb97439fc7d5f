import 'server-only';
import { z } from 'zod';
import { ApiError } from '../api/api-error';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from '../i18n/languages';
import type { HttpSession } from '../session/http-session';
import { getDictionary } from '../i18n/dictionary';
import { readSession } from './request-session';
import { attribute } from './attributes';

/** PUT /api/language: `{language}`. The type is checked here; whether we speak it, by parseLanguage. */
export const languageBodySchema = z.object({ language: z.string({ error: 'must be a string' }).max(64, 'is too long') }).strict();

export class UnsupportedLanguageError extends ApiError {
  constructor() {
    super(400, 'unsupported_language', `language must be one of: ${LANGUAGES.join(', ')}.`);
    this.name = 'UnsupportedLanguageError';
  }
}

export function parseLanguage(value: unknown): Language {
  if (!isLanguage(value)) throw new UnsupportedLanguageError();
  return value;
}

/** The session's language; English if the attribute is missing or odd. */
export function languageOf(session: HttpSession): Language {
  const stored = session.getAttribute(attribute('language'));
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

/** Stores the visitor's choice in the `language` attribute: every page reads it from there. */
export async function setLanguage(session: HttpSession, value: unknown): Promise<Language> {
  const language = parseLanguage(value);
  await session.setAttribute(attribute('language'), language);
  return language;
}

/** The visitor's language while a page renders: the `language` attribute of the session proxy.ts prepared. */
export async function currentLanguage(): Promise<Language> {
  try {
    const session = await readSession();
    return session ? languageOf(session) : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE; // store down: still render, in English
  }
}

export async function currentDictionary() {
  const language = await currentLanguage();
  return { language, t: getDictionary(language) };
}
