'use client';

import { useState, type FormEvent } from 'react';
import { BIG_COOKIE_MAX, BIG_COOKIE_MIN, deleteBigCookie, writeBigCookie } from '@/lib/browser/big-cookie';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { plural } from '@/lib/i18n/plural';
import { LabButton } from '@/components/lab-kit/experiment';
import { FieldRow } from '@/components/lab-kit/field-row';

type Result = { kind: 'kept' | 'dropped'; bytes: number } | { kind: 'deleted' } | { kind: 'invalid' } | null;

/** All in the browser: the server takes no part in whether a cookie fits. */
export function CookieGrower({ language, t }: { language: Language; t: Dictionary['labCapacity'] }) {
  const [result, setResult] = useState<Result>(null);
  const grow = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const bytes = Number(new FormData(event.currentTarget).get('bytes'));
    if (!Number.isInteger(bytes) || bytes < BIG_COOKIE_MIN || bytes > BIG_COOKIE_MAX) return setResult({ kind: 'invalid' });
    setResult({ kind: writeBigCookie(bytes), bytes });
  };
  const message =
    result === null
      ? ''
      : result.kind === 'deleted'
        ? t.deleted
        : result.kind === 'invalid'
          ? format(t.sizeInvalid, { min: BIG_COOKIE_MIN, max: BIG_COOKIE_MAX })
          : result.kind === 'kept'
            ? format(t.kept, { bytes: plural(language, result.bytes, t.bytes) })
            : format(t.dropped, { bytes: result.bytes });
  return (
    <form onSubmit={grow} className="flex flex-col gap-2" noValidate>
      <FieldRow id="cookie-bytes" label={t.sizeLabel}>
        <input
          id="cookie-bytes"
          name="bytes"
          type="number"
          inputMode="numeric"
          min={BIG_COOKIE_MIN}
          max={BIG_COOKIE_MAX}
          defaultValue={3000}
          aria-describedby="cookie-bytes-hint"
          aria-invalid={result?.kind === 'invalid' ? true : undefined}
          className="w-32 rounded-md border border-slate-400 px-3 py-1.5"
        />
        <LabButton type="submit">{t.setCookie}</LabButton>
        <LabButton
          type="button"
          onClick={() => {
            deleteBigCookie();
            setResult({ kind: 'deleted' });
          }}
          className="rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium hover:bg-slate-100"
        >
          {t.deleteCookie}
        </LabButton>
      </FieldRow>
      <p id="cookie-bytes-hint" className="text-sm text-slate-600">
        {format(t.sizeHint, { min: BIG_COOKIE_MIN, max: BIG_COOKIE_MAX })}
      </p>
      <p
        role="status"
        aria-live="polite"
        data-testid="grow-result"
        data-outcome={result?.kind ?? ''}
        className={`text-sm font-medium ${result?.kind === 'dropped' || result?.kind === 'invalid' ? 'text-red-800' : 'text-green-800'}`}
      >
        {message}
      </p>
    </form>
  );
}
