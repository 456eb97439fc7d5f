import type { Metadata } from 'next';
import { IntentLink } from '@/components/intent-link';
import { Experiment } from '@/components/lab-kit/experiment';
import { NextLab } from '@/components/lab-kit/next-lab';
import { LiveSessionSync } from '@/components/live-session-sync';
import { StackEquivalents } from '@/components/stack-equivalents/stack-equivalents';
import { readCurrentUser } from '@/lib/auth/current-user';
import { reauthView, type ReauthView } from '@/lib/auth/reauth';
import { format } from '@/lib/i18n/define-messages';
import { currentDictionary } from '@/lib/next-session/language';
import { getSessionRuntime } from '@/lib/next-session/runtime';
import { ReauthLab, RoleChange } from './_components/reauth-lab';
import { windowMinutes } from './_components/window-minutes';
import { LabIntro } from '../_components/lab-intro';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.labReauth.title };
}

export default async function ReauthLabPage() {
  const [{ t, language }, { session, user }] = await Promise.all([currentDictionary(), readCurrentUser()]);
  const s = t.labReauth;
  const kit = t.labKit;
  const step = (n: number) => format(kit.step, { n });
  const windowSeconds = getSessionRuntime().config.reauthWindow;
  const minutes = windowMinutes(language, windowSeconds, s.minutes);
  const view: ReauthView | null = session ? await reauthView(session) : null;
  return (
    <div className="flex flex-col gap-6">
      {/* Says so at once when another browser signs this one out ("sign out everywhere else", a role change). */}
      {session && <LiveSessionSync session={session.fingerprint} t={t.live} restartHref="/lab/reauth" />}
      <LabIntro title={s.title} claim={format(s.claim, { minutes })} claimLabel={t.labs.claim} backLabel={t.labs.backToLabs} />

      <Experiment id="lab-sudo" step={step(1)} title={s.actionsTitle}>
        {view && user ? (
          <ReauthLab initial={view} t={s} kit={kit} language={language} />
        ) : (
          <p className="text-slate-700">
            <IntentLink href="/login?next=/lab/reauth" className="text-blue-800 underline underline-offset-4">
              {s.logInFirst}
            </IntentLink>
          </p>
        )}
        <StackEquivalents id="stacks-reauth" actions={['reauthenticate']} t={t.stacks} />
      </Experiment>

      <Experiment id="lab-role" step={step(2)} title={s.roleTitle}>
        <p className="text-slate-700">{s.roleIntro}</p>
        <p className="text-slate-700">{s.roleWhich}</p>
        <p className="text-sm text-slate-700" data-testid="role-stored">
          {s.roleStored}
        </p>
        {user?.role === 'admin' ? (
          <RoleChange t={s} kit={kit} minutes={minutes} language={language} />
        ) : (
          <p className="text-sm text-slate-700">{s.roleAdminOnly}</p>
        )}
        <p className="text-slate-700">{s.adminEnd}</p>
        <IntentLink href="/admin/sessions" className="self-start text-blue-800 underline underline-offset-4">
          {s.adminLink}
        </IntentLink>
      </Experiment>

      <p className="text-xs text-slate-600">{format(kit.tested, { file: 'e2e/lab-reauth.spec.ts' })}</p>
      <NextLab slug="reauth" t={t} />
    </div>
  );
}
