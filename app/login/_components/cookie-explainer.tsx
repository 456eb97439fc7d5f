import { getSessionRuntime } from '@/lib/next-session/runtime';
import { sessionCookieOptions } from '@/lib/next-session/session-cookie';
import type { Dictionary } from '@/lib/i18n/dictionary';

/** What this server's session cookie looks like, and how development over http differs from production. */
export function CookieExplainer({ t }: { t: Dictionary['auth'] }) {
  const { cookieName } = getSessionRuntime();
  const options = sessionCookieOptions();
  const attributes = [options.secure && 'Secure', options.httpOnly && 'HttpOnly', 'SameSite=Lax', `Path=${options.path}`].filter(Boolean);
  return (
    <section aria-labelledby="cookie-explainer" className="flex flex-col gap-2 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id="cookie-explainer" className="text-lg font-semibold">
        {t.cookieTitle}
      </h2>
      <p className="text-sm">
        {t.cookieHere}:{' '}
        <code className="font-mono" data-testid="session-cookie-shape">
          {cookieName}=…; {attributes.join('; ')}
        </code>
      </p>
      <p className="text-sm text-slate-700">{t.cookieDev}</p>
      <p className="text-sm text-slate-700">{t.cookieProd}</p>
    </section>
  );
}
