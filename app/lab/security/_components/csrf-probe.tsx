'use client';

import { useState } from 'react';
import { LabButton, Outcome } from '@/components/lab-kit/experiment';
import { errorOf, sendJson } from '@/components/lab-kit/send-json';
import { format } from '@/lib/i18n/define-messages';
import { ENDONYMS } from '@/lib/i18n/endonyms';
import { isLanguage, type Language } from '@/lib/i18n/languages';
import type { Dictionary } from '@/lib/i18n/dictionary';

/**
 * The same harmless write (set the language to what it already is) without
 * and with the X-CSRF-Token header, to show what the server answers to each.
 */
export function CsrfProbe({ language, t, kit }: { language: Language; t: Dictionary['labSecurity']; kit: Dictionary['labKit'] }) {
  const [without, setWithout] = useState<string | null>(null);
  const [withToken, setWithToken] = useState<string | null>(null);
  const [running, setRunning] = useState<'without' | 'with' | null>(null);

  async function send(kind: 'without' | 'with') {
    setRunning(kind);
    try {
      const response = await sendJson('PUT', '/api/language', { body: { language }, token: kind === 'without' ? null : undefined });
      const error = errorOf(response);
      if (kind === 'without') {
        setWithout(format(t.csrfWithoutResult, { status: response.status, code: error?.code ?? '', message: error?.message ?? '' }));
      } else {
        setWithToken(
          error
            ? format(kit.answeredError, { status: response.status, ...error })
            : format(t.csrfWithResult, {
                status: response.status,
                language: ENDONYMS[isLanguage(response.body.language) ? response.body.language : language],
              }),
        );
      }
    } catch {
      (kind === 'without' ? setWithout : setWithToken)(kit.networkFailed);
    }
    setRunning(null);
  }

  return (
    <>
      <div className="flex flex-wrap gap-2">
        <LabButton onClick={() => send('without')} disabled={running !== null}>
          {running === 'without' ? kit.running : t.csrfWithout}
        </LabButton>
        <LabButton onClick={() => send('with')} disabled={running !== null} variant="secondary">
          {running === 'with' ? kit.running : t.csrfWith}
        </LabButton>
      </div>
      <Outcome testId="csrf-result">
        {without && <p data-testid="csrf-without">{without}</p>}
        {withToken && <p data-testid="csrf-with">{withToken}</p>}
      </Outcome>
    </>
  );
}
