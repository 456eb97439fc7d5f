import type { Metadata } from 'next';
import { Experiment } from '@/components/lab-kit/experiment';
import { NextLab } from '@/components/lab-kit/next-lab';
import { Fact } from '@/components/panel';
import { StoreDownNotice } from '@/components/store-down-notice';
import { currentDictionary } from '@/lib/next-session/language';
import { instanceName } from '@/lib/http/instance';
import { readPageSession } from '@/lib/next-session/request-session';
import { getSessionRuntime } from '@/lib/next-session/runtime';
import { LabIntro } from '../_components/lab-intro';
import { InstanceProbe } from './_components/instance-probe';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.labInstances.title };
}

export default async function InstancesLabPage() {
  const { language, t } = await currentDictionary();
  const { config } = getSessionRuntime();
  const { session, storeDown } = await readPageSession();
  const fingerprint = session?.fingerprint ?? null;
  const { store } = getSessionRuntime().manager;
  const node = session && store.nodeOf ? await store.nodeOf(session.key).catch(() => null) : null;
  return (
    <div className="flex flex-col gap-6">
      <LabIntro title={t.labInstances.title} claim={t.labs.instancesSummary} claimLabel={t.labs.claim} backLabel={t.labs.backToLabs}>
        <p className="text-slate-700">{t.labInstances.intro}</p>
      </LabIntro>
      {storeDown && <StoreDownNotice text={t.common.storeDown} />}
      <div className="grid gap-4 md:grid-cols-[1fr_2fr]">
        <div className="flex flex-col gap-4">
          <Experiment id="panel-this-page" title={t.labInstances.thisPage}>
            <dl className="flex flex-col gap-2">
              <Fact term={t.labInstances.servedBy}>
                <code className="font-mono" data-testid="page-served-by">
                  {instanceName()}
                </code>
                <span className="block text-xs text-slate-600">{t.labInstances.servedByHint}</span>
              </Fact>
              <Fact term={t.labInstances.store}>
                {config.store === 'sqlite'
                  ? t.labInstances.storeSqlite
                  : config.redisCluster
                    ? t.labInstances.storeCluster
                    : t.labInstances.storeRedis}
              </Fact>
              <Fact term={t.labInstances.fingerprint}>
                <code className={`font-mono ${fingerprint ? 'whitespace-nowrap' : ''}`} data-testid="session-fingerprint">
                  {fingerprint ?? t.labInstances.noSession}
                </code>
              </Fact>
              {node && (
                <Fact term={t.labInstances.heldBy}>
                  <code className="font-mono" data-testid="session-node">
                    {node}
                  </code>
                  <span className="block text-xs text-slate-600">{t.labInstances.heldByHint}</span>
                </Fact>
              )}
            </dl>
          </Experiment>
          <Experiment id="panel-run-cluster" title={t.labInstances.runTitle}>
            <p className="text-sm text-slate-700">{t.labInstances.runSteps}</p>
          </Experiment>
        </div>
        <Experiment id="panel-try" title={t.labInstances.tryTitle}>
          <p className="text-sm text-slate-700">{t.labInstances.tryIntro}</p>
          <InstanceProbe t={t.labInstances} language={language} />
        </Experiment>
      </div>
      <NextLab slug="instances" t={t} />
    </div>
  );
}
