'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/forms/action-state';
import { getDictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { languageOf, setLanguage, UnsupportedLanguageError } from '@/lib/next-session/language';
import { getSession } from '@/lib/next-session/request-session';
import { SessionEndedError } from '@/lib/session/http-session';
import { StoreUnavailableError } from '@/lib/session/store';

/**
 * The header's language form (with JavaScript or without): stores the choice
 * in the session's `language` attribute, the same call as PUT /api/language,
 * then re-renders the whole page, <html lang> included, in that language.
 */
export async function setLanguageAction(_previous: ActionState<Language>, formData: FormData): Promise<ActionState<Language>> {
  let t = getDictionary('en');
  try {
    const session = await getSession();
    t = getDictionary(languageOf(session));
    const language = await setLanguage(session, formData.get('language'));
    refresh();
    return { status: 'success', message: getDictionary(language).language.changed, data: language };
  } catch (error) {
    if (error instanceof UnsupportedLanguageError) return { status: 'error', message: t.language.unsupported };
    if (error instanceof SessionEndedError) return { status: 'error', message: t.shop.errorSessionEnded };
    if (error instanceof StoreUnavailableError) return { status: 'error', message: t.common.storeDown };
    console.error('Unexpected error in the language action', error);
    return { status: 'error', message: t.language.failed };
  }
}
