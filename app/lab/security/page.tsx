import type { Metadata } from 'next';
import { IntentLink } from '@/components/intent-link';
import { Experiment } from '@/components/lab-kit/experiment';
import { NextLab } from '@/components/lab-kit/next-lab';
import { fill } from '@/components/lab-kit/fill';
import { StackEquivalents } from '@/components/stack-equivalents/stack-equivalents';
import { currentDictionary } from '@/lib/next-session/language';
import { format } from '@/lib/i18n/define-messages';
import { sessionCookieName } from '@/lib/next-session/session-cookie';
import { CsrfProbe } from './_components/csrf-probe';
import { RoleForge } from './_components/role-forge';
import { ScriptReader } from './_components/script-reader';
import { TamperProbe } from './_components/tamper-probe';
import { LabIntro } from '../_components/lab-intro';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.labSecurity.title };
}

const link = 'text-blue-800 underline underline-offset-4';

export default async function SecurityLabPage() {
  const { language, t } = await currentDictionary();
  const s = t.labSecurity;
  const kit = t.labKit;
  const step = (n: number) => format(kit.step, { n });
  const cookieName = sessionCookieName();
  const code = (text: string) => <code className="font-mono">{text}</code>;
  return (
    <div className="flex flex-col gap-6">
      <LabIntro title={s.title} claim={s.claim} claimLabel={t.labs.claim} backLabel={t.labs.backToLabs} />

      <Experiment id="lab-read" step={step(1)} title={s.readTitle}>
        <p className="text-slate-700">{s.readIntro}</p>
        <p className="text-sm text-slate-700">
          {s.readHint}{' '}
          <IntentLink href="/shop" className={link}>
            {s.goShop}
          </IntentLink>
          {' · '}
          <IntentLink href="/login?next=/lab/security" className={link}>
            {kit.logInToTry}
          </IntentLink>
        </p>
        <ScriptReader sessionCookieName={cookieName} t={s} kit={kit} />
        <p className="text-sm text-slate-700">{s.readLesson}</p>
      </Experiment>

      <Experiment id="lab-forge" step={step(2)} title={s.forgeTitle}>
        <p className="text-slate-700">{s.forgeIntro}</p>
        <RoleForge t={s} kit={kit} />
        <StackEquivalents id="stacks-forge" actions={['getAttribute']} t={t.stacks} />
      </Experiment>

      <Experiment id="lab-tamper" step={step(3)} title={s.tamperTitle}>
        <p className="text-slate-700">{fill(s.tamperIntro, { name: code(cookieName) })}</p>
        <p className="text-sm text-slate-700">{fill(s.tamperDevtools, { name: code(cookieName) })}</p>
        <TamperProbe t={s} kit={kit} />
        <StackEquivalents id="stacks-tamper" actions={['getOrCreate']} t={t.stacks} />
      </Experiment>

      <Experiment id="lab-csrf" step={step(4)} title={s.csrfTitle}>
        <p className="text-slate-700">{s.csrfLax}</p>
        <p className="text-slate-700">{s.csrfToken}</p>
        <CsrfProbe language={language} t={s} kit={kit} />
        <p className="text-sm text-slate-700">{s.csrfLimit}</p>
      </Experiment>

      <p className="text-xs text-slate-600">{format(kit.tested, { file: 'e2e/lab-security.spec.ts' })}</p>
      <NextLab slug="security" t={t} />
    </div>
  );
}
