import type { Metadata } from 'next';
import { z } from 'zod';
import { LiveSessionSync } from '@/components/live-session-sync';
import { Experiment } from '@/components/lab-kit/experiment';
import { NextLab } from '@/components/lab-kit/next-lab';
import { Fact } from '@/components/panel';
import { SessionDeadline } from '@/components/session-deadline';
import { StoreDownNotice } from '@/components/store-down-notice';
import { StoreName, type StoreKind } from '@/components/stores/store-mark';
import { Row, Table } from '@/components/table';
import { format } from '@/lib/i18n/define-messages';
import { currentDictionary } from '@/lib/next-session/language';
import { formatNumber } from '@/lib/i18n/format';
import { readPageSession } from '@/lib/next-session/request-session';
import { getSessionRuntime } from '@/lib/next-session/runtime';
import { sessionView } from '@/lib/next-session/session-view';
import { LabIntro } from '../_components/lab-intro';
import { ExpiryStep } from './_components/expiry-step';
import { IdleTimeoutForm } from './_components/idle-timeout-form';

export const dynamic = 'force-dynamic';

/** `?previous=<fingerprint>`: the session that just ended, to show next to the new one. */
const searchSchema = z.object({
  previous: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional()
    .catch(undefined),
});

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.labLifetime.title };
}

export default async function LifetimeLabPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { language, t } = await currentDictionary();
  const l = t.labLifetime;
  const { previous } = searchSchema.parse(await searchParams);
  const { session, storeDown } = await readPageSession();
  const view = session ? sessionView(session) : null;
  const { manager, cookieName } = getSessionRuntime();
  const restart: { kind: StoreKind; store: string; plain: string; kept: string }[] = [
    { kind: 'cookie', store: format(l.rowSessionCookie, { name: cookieName }), plain: l.deleted, kept: l.keptRestored },
    { kind: 'cookie', store: l.rowMaxAgeCookie, plain: l.keptUntilDate, kept: l.keptUntilDate },
    { kind: 'sessionStorage', store: l.rowStorage, plain: l.deleted, kept: l.restoredWithTab },
    { kind: 'server', store: l.rowServer, plain: l.serverCell, kept: l.serverCell },
    { kind: 'localStorage', store: l.rowLocal, plain: l.keptNoExpiry, kept: l.keptNoExpiry },
  ];
  return (
    <div className="flex flex-col gap-6">
      <LabIntro title={l.title} claim={l.claim} claimLabel={t.labs.claim} backLabel={t.labs.backToLabs} />
      {storeDown && <StoreDownNotice text={t.common.storeDown} />}
      {view && previous && previous !== view.id && (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 p-3 text-green-950" data-testid="previous-session-note">
          {format(l.previousGone, { previous, current: view.id })}
        </p>
      )}
      {view && <LiveSessionSync session={view.id} t={t.live} restartHref={`/lab/lifetime?previous=${view.id}`} />}
      <ExpiryStep />
      <Experiment id="step-idle" title={l.step1}>
        <p className="text-sm text-slate-700">{l.step1Intro}</p>
        {view && (
          <dl className="flex flex-col gap-2">
            <Fact term={t.dashboard.fingerprint}>
              <code className="font-mono whitespace-nowrap" data-testid="lab-fingerprint">
                {view.id}
              </code>
            </Fact>
            <Fact term={t.dashboard.isNew}>
              <span data-testid="lab-is-new">{view.isNew ? t.dashboard.yes : t.dashboard.no}</span>
            </Fact>
            <Fact term={t.dashboard.idleTimeout}>
              <span data-testid="lab-idle-timeout">{format(t.dashboard.seconds, { count: view.maxInactiveInterval })}</span>
            </Fact>
            <SessionDeadline view={view} kind="idle" t={t} />
          </dl>
        )}
        <IdleTimeoutForm defaultSeconds={manager.policy.idleTimeout} language={language} t={l} working={t.labs.working} />
        <p className="text-sm text-slate-700">{l.watching}</p>
      </Experiment>
      <Experiment id="step-absolute" title={l.step2}>
        <p className="text-sm text-slate-700">
          {format(l.absoluteText, { hours: formatNumber(Math.round((manager.policy.absoluteTimeout / 3600) * 100) / 100, language) })}
        </p>
        {view && (
          <dl className="flex flex-col gap-2">
            <SessionDeadline view={view} kind="absolute" t={t} />
          </dl>
        )}
      </Experiment>
      <Experiment id="step-restart" title={l.step3}>
        <p className="text-sm text-slate-700">{l.restartIntro}</p>
        <Table caption={l.restartCaption} columns={[l.colStore, l.colPlain, l.colContinue]} look="spaced">
          {restart.map((row) => (
            <Row key={row.store} look="spaced" className="align-top">
              <th scope="row" className="font-medium">
                <StoreName store={row.kind}>{row.store}</StoreName>
              </th>
              <td>{row.plain}</td>
              <td>{row.kept}</td>
            </Row>
          ))}
        </Table>
        <p className="text-sm text-slate-700">{l.restartTakeaway}</p>
        <p className="text-sm text-slate-700" data-testid="local-contrast">
          {l.localContrast}
        </p>
      </Experiment>
      <NextLab slug="lifetime" t={t} />
    </div>
  );
}
