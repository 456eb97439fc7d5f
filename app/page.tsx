import { IntentLink } from '@/components/intent-link';
import { LiveSessionSync } from '@/components/live-session-sync';
import { Panel } from '@/components/panel';
import { SessionTimeline } from '@/components/session-timeline';
import { currentDictionary } from '@/lib/next-session/language';
import { readSession, requestCookieWeight } from '@/lib/next-session/request-session';
import type { SessionEvent } from '@/lib/session/events';
import { getSessionRuntime } from '@/lib/next-session/runtime';
import { sessionView, type SessionView } from '@/lib/next-session/session-view';
import { CookiePanel } from './_components/cookie-panel';
import { DashboardMoments } from './_components/dashboard-moments';
import { DashboardSteps } from './_components/dashboard-steps';
import { PresentingToggle } from './_components/presenting-toggle';
import { ServerSessionPanel } from './_components/server-session-panel';
import { SessionInspector } from './_components/session-inspector';
import { SessionStoragePanel } from './_components/session-storage-panel';
import { StoreDownNotice } from '@/components/store-down-notice';
import { WirePanel } from './_components/wire-panel';

export const dynamic = 'force-dynamic';

export default async function DashboardPage() {
  const { language, t } = await currentDictionary();
  let view: SessionView | null = null;
  let history: SessionEvent[] = [];
  let storeDown = false;
  try {
    const session = await readSession();
    view = session ? sessionView(session) : null;
    history = session
      ? await getSessionRuntime()
          .manager.events.history(session.fingerprint)
          // The timeline is a view: without its history the page still shows the session.
          .catch((): SessionEvent[] => [])
      : [];
  } catch {
    storeDown = true;
  }
  const { sessionCookie } = await requestCookieWeight();
  const store = getSessionRuntime().manager.store.kind;
  const changeLabels = { thisTab: t.moments.changedThisTab, otherTab: t.moments.changedOtherTab, server: t.moments.changedServer };
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-bold">{t.dashboard.title}</h1>
        <PresentingToggle label={t.moments.presenting} note={t.moments.presentingNote} />
      </div>
      <div className="present-hide -mt-4 max-w-3xl">
        <p className="text-slate-700">{t.dashboard.intro}</p>
        <p className="mt-2">
          <IntentLink href="/start" className="font-medium text-blue-800 underline underline-offset-4">
            {t.start.dashboardTeaser}
          </IntentLink>
        </p>
        <p className="mt-1">
          <IntentLink href="/lab" className="font-medium text-blue-800 underline underline-offset-4">
            {t.dashboard.labsTeaser}
          </IntentLink>
        </p>
      </div>
      {storeDown && <StoreDownNotice text={t.common.storeDown} />}
      {view && <LiveSessionSync session={view.id} t={t.live} restartHref="/" />}
      <DashboardMoments t={t.moments} />
      <DashboardSteps signedIn={typeof view?.attributes.userId === 'string'} />
      <div className="present-grid grid gap-4 lg:grid-cols-3">
        {view ? (
          <ServerSessionPanel view={view} store={store} language={language} t={t} changeLabels={changeLabels} />
        ) : (
          !storeDown && <p>{t.dashboard.noSession}</p>
        )}
        <CookiePanel sessionCookie={sessionCookie} language={language} t={t.dashboard} changeLabels={changeLabels} />
        <SessionStoragePanel language={language} t={t.dashboard} changeLabels={changeLabels} />
      </div>
      {/* Also without a session (just after a logout): the list still shows the request that ended it. */}
      <WirePanel session={view?.id ?? null} t={t.wire} />
      {view && (
        <div className="present-hide grid gap-4 lg:grid-cols-2">
          <SessionInspector view={view} language={language} t={t.dashboard} />
          <Panel id="panel-timeline" title={t.live.timelineTitle}>
            <SessionTimeline session={view.id} history={history} t={t.live} />
          </Panel>
        </div>
      )}
    </div>
  );
}
