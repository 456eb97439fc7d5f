import type { Metadata } from 'next';
import { Fact, Panel } from '@/components/panel';
import { getDictionary } from '@/lib/i18n/dictionary';
import { currentDictionary, currentLanguage } from '@/lib/next-session/language';
import { instanceName } from '@/lib/http/instance';
import { readSession } from '@/lib/next-session/request-session';
import { getSessionRuntime } from '@/lib/next-session/runtime';
import { LabIntro } from '../_components/lab-intro';
import { InstanceProbe } from './_components/instance-probe';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getDictionary(await currentLanguage()).instances.metaTitle };
}

export default async function InstancesLabPage() {
  const { t } = await currentDictionary();
  const { config } = getSessionRuntime();
  const { store } = getSessionRuntime().manager;
  let fingerprint: string | null = null;
  let node: string | null = null;
  let storeDown = false;
  try {
    const session = await readSession();
    fingerprint = session?.fingerprint ?? null;
    node = session && store.nodeOf ? await store.nodeOf(session.key) : null;
  } catch {
    storeDown = true;
  }
  return (
    <div className="flex flex-col gap-6">
      <LabIntro title={t.instances.title} claim={t.labs.instancesSummary} claimLabel={t.labs.claim} backLabel={t.labs.backToLabs}>
        <p className="text-slate-700">{t.instances.intro}</p>
      </LabIntro>
      {storeDown && (
        <p role="alert" className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950">
          {t.common.storeDown}
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-[1fr_2fr]">
        <div className="flex flex-col gap-4">
          <Panel id="panel-this-page" title={t.instances.thisPage}>
            <dl className="flex flex-col gap-2">
              <Fact term={t.instances.servedBy}>
                <code className="font-mono" data-testid="page-served-by">
                  {instanceName()}
                </code>
                <span className="block text-xs text-slate-600">{t.instances.servedByHint}</span>
              </Fact>
              <Fact term={t.instances.store}>
                {config.store === 'sqlite'
                  ? t.instances.storeSqlite
                  : config.redisCluster
                    ? t.instances.storeCluster
                    : t.instances.storeRedis}
              </Fact>
              <Fact term={t.instances.fingerprint}>
                <code className="font-mono" data-testid="session-fingerprint">
                  {fingerprint ?? t.instances.noSession}
                </code>
              </Fact>
              {node && (
                <Fact term={t.instances.heldBy}>
                  <code className="font-mono" data-testid="session-node">
                    {node}
                  </code>
                  <span className="block text-xs text-slate-600">{t.instances.heldByHint}</span>
                </Fact>
              )}
            </dl>
          </Panel>
          <Panel id="panel-run-cluster" title={t.instances.runTitle}>
            <p className="text-sm text-slate-700">{t.instances.runSteps}</p>
          </Panel>
        </div>
        <Panel id="panel-try" title={t.instances.tryTitle}>
          <p className="text-sm text-slate-700">{t.instances.tryIntro}</p>
          <InstanceProbe t={t.instances} />
        </Panel>
      </div>
    </div>
  );
}
