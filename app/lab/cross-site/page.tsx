import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { Experiment } from '@/components/lab-kit/experiment';
import { NextLab } from '@/components/lab-kit/next-lab';
import { StackEquivalents } from '@/components/stack-equivalents/stack-equivalents';
import { readCurrentUser } from '@/lib/auth/current-user';
import { format } from '@/lib/i18n/define-messages';
import { currentDictionary } from '@/lib/next-session/language';
import { crossSiteView, type CrossSiteView } from '@/lib/labs/cross-site-lab';
import { REQUEST_KINDS } from '@/lib/labs/cross-site';
import { CrossSiteMatrix } from './_components/cross-site-matrix';
import { kindLabel } from '@/lib/labs/cross-site';
import { LabIntro } from '../_components/lab-intro';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.labCrossSite.title };
}

export default async function CrossSiteLabPage({ searchParams }: { searchParams: Promise<{ arrived?: string | string[] }> }) {
  const [{ t, language }, { session }, headerList, { arrived }] = await Promise.all([
    currentDictionary(),
    readCurrentUser(),
    headers(),
    searchParams,
  ]);
  const s = t.labCrossSite;
  const kit = t.labKit;
  const step = (n: number) => format(kit.step, { n });
  const view: CrossSiteView = await crossSiteView(session, headerList.get('host'));
  const cameFrom = REQUEST_KINDS.find((kind) => kind === arrived);
  return (
    <div className="flex flex-col gap-6">
      <LabIntro title={s.title} claim={s.claim} claimLabel={t.labs.claim} backLabel={t.labs.backToLabs}>
        {cameFrom && (
          <p className="rounded-lg border border-emerald-700 bg-emerald-50 p-3 text-emerald-950" data-testid="arrived">
            {format(s.arrived, { kind: kindLabel(cameFrom, s) })}
          </p>
        )}
      </LabIntro>

      <Experiment id="lab-sites" step={step(1)} title={s.sitesTitle}>
        <CrossSiteMatrix initial={view} t={s} kit={kit} language={language} />
      </Experiment>

      <Experiment id="lab-csrf" step={step(2)} title={s.csrfTitle}>
        <p className="text-slate-700">{s.csrfIntro}</p>
        <ul className="list-disc pl-6 text-slate-700">
          <li>{s.csrfWhySameSite}</li>
          <li>{s.csrfWhyOrigin}</li>
        </ul>
        <p className="text-slate-700">{s.csrfStateless}</p>
        <StackEquivalents id="stacks-same-site" actions={['sameSite']} t={t.stacks} />
      </Experiment>

      <Experiment id="lab-measured" step={step(3)} title={s.measuredTitle}>
        <p className="text-slate-700">{s.measuredIntro}</p>
        <ul className="list-disc pl-6 text-slate-700" data-testid="measured">
          <li>{s.laxPost}</li>
          <li>{s.thirdParty}</li>
          <li>{s.chips}</li>
          <li>{s.secure}</li>
        </ul>
      </Experiment>

      <p className="text-xs text-slate-600">{format(kit.tested, { file: 'e2e/lab-cross-site.spec.ts' })}</p>
      <NextLab slug="cross-site" t={t} />
    </div>
  );
}
