'use client';

import { IntentLink } from '@/components/intent-link';
import { useState } from 'react';
import { LabButton, Outcome } from '@/components/lab-kit/experiment';
import { MIRROR_COOKIE_MAX_AGE, mirrorCookieName } from '@/lib/browser/mirror';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';

const COOKIE = mirrorCookieName('user');

function readUserCookie(): Record<string, unknown> {
  const pair = document.cookie.split('; ').find((entry) => entry.startsWith(`${COOKIE}=`));
  try {
    const parsed: unknown = pair ? JSON.parse(decodeURIComponent(pair.slice(COOKIE.length + 1))) : null;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** What an XSS (or the visitor in devtools) can do to a plain cookie: rewrite it. Then ask the server. */
export function RoleForge({ t, kit }: { t: Dictionary['labSecurity']; kit: Dictionary['labKit'] }) {
  const [result, setResult] = useState<{ cookie: string; status: number; code: string } | null>(null);
  const [failed, setFailed] = useState(false);
  const [running, setRunning] = useState(false);

  async function run() {
    setRunning(true);
    setFailed(false);
    const forged = JSON.stringify({ name: 'Mallory', ...readUserCookie(), role: 'admin' });
    document.cookie = `${COOKIE}=${encodeURIComponent(forged)}; Path=/; Max-Age=${MIRROR_COOKIE_MAX_AGE}; SameSite=Lax`;
    try {
      const response = await fetch('/api/admin/sessions', { cache: 'no-store' });
      const body = (await response.json()) as { error?: { code?: string } };
      setResult({ cookie: forged, status: response.status, code: body.error?.code ?? '' });
    } catch {
      setFailed(true);
    }
    setRunning(false);
  }

  return (
    <>
      <LabButton onClick={run} disabled={running}>
        {running ? kit.running : t.forgeButton}
      </LabButton>
      <Outcome testId="forge-result">
        {failed && <p className="text-red-800">{kit.networkFailed}</p>}
        {result && (
          <>
            <p className="break-all font-mono text-xs">{format(t.forgeCookieNow, { value: result.cookie })}</p>
            <p className="font-medium">{format(t.forgeAnswer, result)}</p>
            <p className={result.status === 200 ? 'text-amber-900' : 'font-medium text-emerald-900'}>
              {result.status === 200 ? t.forgeAllowed : t.forgeRefused}
            </p>
          </>
        )}
      </Outcome>
      <IntentLink href="/admin/sessions" className="self-start text-sm text-blue-800 underline underline-offset-4">
        {t.forgeOpenAdmin}
      </IntentLink>
    </>
  );
}
