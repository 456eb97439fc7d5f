import type { Metadata } from 'next';
import { IntentLink } from '@/components/intent-link';
import { Experiment } from '@/components/lab-kit/experiment';
import { NextLab } from '@/components/lab-kit/next-lab';
import { Fact } from '@/components/panel';
import { StackEquivalents } from '@/components/stack-equivalents/stack-equivalents';
import { readCurrentUser } from '@/lib/auth/current-user';
import { currentDictionary } from '@/lib/next-session/language';
import { format } from '@/lib/i18n/define-messages';
import { PlantProbe } from './_components/plant-probe';
import { LabIntro } from '../_components/lab-intro';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.labFixation.title };
}

export default async function FixationLabPage() {
  const [{ t }, { session, user }] = await Promise.all([currentDictionary(), readCurrentUser()]);
  const s = t.labFixation;
  const kit = t.labKit;
  const step = (n: number) => format(kit.step, { n });
  return (
    <div className="flex flex-col gap-6">
      <LabIntro title={s.title} claim={s.claim} claimLabel={t.labs.claim} backLabel={t.labs.backToLabs} />

      <Experiment id="fixation-now" title={s.nowTitle}>
        <dl className="flex flex-col gap-2">
          <Fact term={s.fingerprint}>
            <code className="font-mono whitespace-nowrap" data-testid="fixation-fingerprint">
              {session?.fingerprint ?? '—'}
            </code>
          </Fact>
          <Fact term={s.signedIn}>
            <span data-testid="fixation-signed-in">{user ? `${kit.yes} (${user.name})` : kit.no}</span>
          </Fact>
        </dl>
        <p className="text-xs text-slate-600">{s.fingerprintHint}</p>
      </Experiment>

      <Experiment id="lab-attack" step={step(1)} title={s.attackTitle}>
        <ol className="list-decimal pl-6 text-slate-700">
          <li>{s.attack1}</li>
          <li>{s.attack2}</li>
          <li>{s.attack3}</li>
        </ol>
      </Experiment>

      <Experiment id="lab-strict" step={step(2)} title={s.strictTitle}>
        <p className="text-slate-700">{s.strictIntro}</p>
        <PlantProbe t={s} kit={kit} />
        <StackEquivalents id="stacks-strict" actions={['getOrCreate']} t={t.stacks} />
      </Experiment>

      <Experiment id="lab-rotate" step={step(3)} title={s.rotateTitle}>
        <p className="text-slate-700">{s.rotateIntro}</p>
        <p className="text-slate-700">{user ? s.rotateSignedIn : s.rotateTry}</p>
        <IntentLink href="/login" className="self-start text-blue-800 underline underline-offset-4">
          {s.rotateLink}
        </IntentLink>
        <StackEquivalents id="stacks-rotate" actions={['rotateId', 'invalidate']} t={t.stacks} />
      </Experiment>

      <p className="text-xs text-slate-600">{format(kit.tested, { file: 'e2e/lab-fixation.spec.ts' })}</p>
      <NextLab slug="fixation" t={t} />
    </div>
  );
}
