'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import type { ActionState } from '../forms/action-state';
import { validatedAction } from '../forms/validated-action';
import { languageBodySchema, setLanguage, UnsupportedLanguageError } from '../next-session/language';
import { getDictionary } from './dictionary';
import type { Language } from './languages';

/**
 * The header's language form (with JavaScript or without): stores the choice
 * in the session's `language` attribute, the same call as PUT /api/language,
 * then re-renders the whole page, <html lang> included, in that language.
 */
export const setLanguageAction = validatedAction({
  schema: z.object({ language: languageBodySchema.shape.language }),
  invalid: (t) => ({ message: t.language.unsupported }),
  run: async ({ language: wanted }, { session }): Promise<ActionState<Language>> => {
    const language = await setLanguage(session, wanted);
    refresh();
    return { status: 'success', message: getDictionary(language).language.changed, data: language };
  },
  refuse: (error, t) => {
    if (error instanceof UnsupportedLanguageError) return t.language.unsupported;
    console.error('Unexpected error in the language action', error);
    return t.language.failed;
  },
});
