'use client';

import { useActionState, useEffect, useId } from 'react';
import { mirrorToBrowser } from '@/lib/browser/mirror';
import { idleState } from '@/lib/forms/action-state';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { ENDONYMS } from '@/lib/i18n/endonyms';
import { LANGUAGES, type Language } from '@/lib/i18n/languages';
import { setLanguageAction } from '@/lib/i18n/actions';

/**
 * The header's language picker: a labelled select and a button. It does not
 * switch on select alone, so arrowing through the options with the keyboard
 * does not reload the page under the visitor (WCAG 3.2.2, on input).
 */
export function LanguagePicker({ current, t }: { current: Language; t: Dictionary['language'] }) {
  const [state, formAction, pending] = useActionState(setLanguageAction, idleState);
  const selectId = useId();

  useEffect(() => {
    if (state.status === 'success' && state.data) mirrorToBrowser('language', state.data);
  }, [state]);

  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={selectId} className="font-medium text-slate-700">
        {t.label}
      </label>
      {/* Keyed by the language shown: after a switch the select starts again from the new one. */}
      <select
        key={current}
        id={selectId}
        name="language"
        defaultValue={current}
        className="rounded border border-slate-400 bg-white px-2 py-1 text-slate-900"
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {ENDONYMS[language]}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded border border-slate-400 bg-white px-2 py-1 font-medium text-slate-900 hover:bg-slate-100">
        {t.change}
      </button>
      <p role="status" className="w-full text-xs text-slate-700 empty:hidden sm:w-auto">
        {pending ? t.saving : state.message}
      </p>
    </form>
  );
}
