'use client';

import { useState, type FormEvent } from 'react';
import { labButton, labButtonSecondary, Outcome } from '@/components/lab-kit/experiment';
import { LabButton } from '@/components/lab-kit/lab-button';
import { errorOf, sendJson, type JsonAnswer } from '@/components/lab-kit/send-json';
import { useNow } from '@/components/use-now';
import { format } from '@/lib/i18n/define-messages';
import { formatDateTime, isoTime } from '@/lib/i18n/format';
import { plural } from '@/lib/i18n/plural';
import type { Language } from '@/lib/i18n/languages';
import type { ReauthView } from '@/lib/auth/reauth';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { windowMinutes } from './window-minutes';

type Said = { ok: boolean; text: string } | null;

const input = 'rounded-md border border-slate-400 px-2 py-1.5 text-base';

/** How far the server's clock is ahead of this browser's. */
const skewFrom = (serverNow: number) => serverNow - Date.now();

function left(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** The freshness clock, the re-authentication form and the sensitive actions, all against the lab's API. */
export function ReauthLab({
  initial,
  t,
  kit,
  language,
}: {
  initial: ReauthView;
  t: Dictionary['labReauth'];
  kit: Dictionary['labKit'];
  language: Language;
}) {
  const [view, setView] = useState(initial);
  // The server's clock minus ours, so the countdown follows the server's.
  const [skew, setSkew] = useState(0);
  const [said, setSaid] = useState<Record<string, Said>>({});
  const [running, setRunning] = useState<string | null>(null);
  const now = useNow(initial.serverNow) + skew;
  const minutes = windowMinutes(language, view.freshness.windowSeconds, t.minutes);

  async function reload() {
    const answer = await fetch('/api/lab/reauth', { cache: 'no-store' });
    if (!answer.ok) return;
    const next = (await answer.json()) as ReauthView;
    setSkew(skewFrom(next.serverNow));
    setView(next);
  }

  /** Runs one request; says what happened under `key`; the server's error in words otherwise. */
  async function act(key: string, method: string, path: string, body: unknown, success: (answer: JsonAnswer) => string) {
    setRunning(key);
    try {
      const answer = await sendJson(method, path, { body });
      const error = errorOf(answer);
      let text: string;
      if (!error) text = success(answer);
      else if (error.code === 'reauth_required') text = format(t.needsPassword, { minutes });
      else text = format(kit.answeredError, { status: answer.status, ...error });
      setSaid((old) => ({ ...old, [key]: { ok: !error, text } }));
      await reload();
    } catch {
      setSaid((old) => ({ ...old, [key]: { ok: false, text: kit.networkFailed } }));
    }
    setRunning(null);
  }

  const moved = (answer: JsonAnswer) => ({ before: String(answer.body.before), after: String(answer.body.after) });

  function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const password = String(new FormData(form).get('password') ?? '');
    void act('confirm', 'POST', '/api/lab/reauth', { password, authenticatedAt: view.freshness.authenticatedAt }, (answer) => {
      form.reset();
      return format(t.confirmed, moved(answer));
    });
  }

  function changePassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const password = String(new FormData(form).get('new-password') ?? '');
    void act('password', 'PUT', '/api/lab/reauth/password', { password }, (answer) => {
      form.reset();
      return format(t.changedPassword, moved(answer));
    });
  }

  if (!view.user) return <p className="text-slate-700">{t.logInFirst}</p>;
  const { authenticatedAt, freshUntil } = view.freshness;
  const fresh = freshUntil !== null && now < freshUntil;
  const say = (key: string) => {
    const entry = said[key];
    return entry ? <p className={entry.ok ? 'font-medium text-emerald-900' : 'text-red-800'}>{entry.text}</p> : null;
  };

  return (
    <>
      <section aria-labelledby="reauth-clock" className="flex flex-col gap-2">
        <h3 id="reauth-clock" className="font-semibold">
          {t.clockTitle}
        </h3>
        <p className="text-sm text-slate-700">{t.clockIntro}</p>
        <div data-testid="freshness" data-fresh={fresh ? 'yes' : 'no'} className="flex flex-col gap-1">
          {authenticatedAt === null ? (
            <p>{t.never}</p>
          ) : (
            <p>
              <time dateTime={isoTime(authenticatedAt)}>{format(t.typedAt, { time: formatDateTime(authenticatedAt, language) })}</time>
            </p>
          )}
          <p className={fresh ? 'font-medium text-emerald-900' : 'font-medium text-amber-900'}>
            {fresh ? format(t.freshFor, { left: left(freshUntil! - now) }) : format(t.stale, { minutes })}
          </p>
        </div>
        <form onSubmit={confirm} className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm">
            {t.password}
            <input name="password" type="password" autoComplete="current-password" required maxLength={128} className={input} />
          </label>
          <button type="submit" disabled={running !== null} className={fresh ? labButtonSecondary : labButton}>
            {running === 'confirm' ? kit.running : t.confirm}
          </button>
        </form>
        <Outcome testId="confirm-result">{say('confirm')}</Outcome>
      </section>

      <section aria-labelledby="reauth-actions" className="flex flex-col gap-2">
        <h3 id="reauth-actions" className="font-semibold">
          {t.actionsTitle}
        </h3>
        <p className="text-sm text-slate-700">{t.actionsIntro}</p>
        <p className="text-sm" data-testid="my-sessions">
          {format(t.sessionsNow, { count: view.mySessions })}
        </p>
        <p className="text-sm text-slate-700">{t.endOthersHint}</p>
        <LabButton
          className={labButton}
          disabled={running !== null}
          onClick={() =>
            act('others', 'POST', '/api/lab/reauth/others', undefined, (answer) =>
              plural(language, Number(answer.body.ended), t.endedOthers, moved(answer)),
            )
          }
        >
          {running === 'others' ? kit.running : t.endOthers}
        </LabButton>
        <Outcome testId="others-result">{say('others')}</Outcome>
        <form onSubmit={changePassword} className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm">
            {t.newPassword}
            <input
              name="new-password"
              type="password"
              autoComplete="new-password"
              required
              minLength={8}
              maxLength={128}
              className={input}
            />
          </label>
          <button type="submit" disabled={running !== null} className={labButtonSecondary}>
            {running === 'password' ? kit.running : t.changePassword}
          </button>
        </form>
        <Outcome testId="password-result">{say('password')}</Outcome>
      </section>
    </>
  );
}

/** An admin grants or removes Alice's admin role (needs a recent password, like every sensitive action). */
export function RoleChange({
  t,
  kit,
  minutes,
  language,
}: {
  t: Dictionary['labReauth'];
  kit: Dictionary['labKit'];
  minutes: string;
  language: Language;
}) {
  const [said, setSaid] = useState<Said>(null);
  const [running, setRunning] = useState(false);

  async function change(role: 'admin' | 'user') {
    setRunning(true);
    try {
      const answer = await sendJson('PUT', '/api/lab/reauth/role', { body: { userId: 'alice', role } });
      const error = errorOf(answer);
      if (!error) setSaid({ ok: true, text: plural(language, Number(answer.body.ended), t.roleChanged, { role }) });
      else if (error.code === 'reauth_required') setSaid({ ok: false, text: format(t.needsPassword, { minutes }) });
      else setSaid({ ok: false, text: format(kit.answeredError, { status: answer.status, ...error }) });
    } catch {
      setSaid({ ok: false, text: kit.networkFailed });
    }
    setRunning(false);
  }

  return (
    <>
      <div className="flex flex-wrap gap-2">
        <LabButton className={labButtonSecondary} disabled={running} onClick={() => change('admin')}>
          {t.makeAdmin}
        </LabButton>
        <LabButton className={labButtonSecondary} disabled={running} onClick={() => change('user')}>
          {t.makeUser}
        </LabButton>
      </div>
      <Outcome testId="role-result">
        {said && <p className={said.ok ? 'font-medium text-emerald-900' : 'text-red-800'}>{said.text}</p>}
      </Outcome>
    </>
  );
}
