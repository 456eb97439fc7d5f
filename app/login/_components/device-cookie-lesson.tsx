import { format } from '@/lib/i18n/define-messages';
import { trustedDevices } from '@/lib/next-session/device-cookie';
import type { Dictionary } from '@/lib/i18n/dictionary';

/** The device-cookie lesson: why five wrong guesses by a stranger do not lock this browser out, and what this browser holds. */
export async function DeviceCookieLesson({ t }: { t: Dictionary['limits'] }) {
  const names = (await trustedDevices()).map((entry) => entry.username);
  return (
    <section aria-labelledby="device-cookies" className="flex flex-col gap-2 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id="device-cookies" className="text-lg font-semibold">
        {t.deviceTitle}
      </h2>
      <p className="text-sm text-slate-700">{t.deviceLockout}</p>
      <p className="text-sm text-slate-700">{t.deviceCookie}</p>
      <p className="text-sm text-slate-700">{t.deviceFacts}</p>
      <p className="text-sm font-medium" data-testid="device-cookie-status">
        {names.length ? format(t.deviceTrusted, { names: names.join(', ') }) : t.deviceNone}
      </p>
    </section>
  );
}
