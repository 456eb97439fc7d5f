import { currentDictionary } from '@/lib/i18n/current-language';
import { readSession } from '@/lib/request-session';
import { sessionView } from '@/lib/session-view';
import { ServerSessionPanel } from './_components/server-session-panel';

export const dynamic = 'force-dynamic';

export default async function DashboardPage() {
  const { t } = await currentDictionary();
  let view = null;
  let storeDown = false;
  try {
    const session = await readSession();
    view = session ? sessionView(session) : null;
  } catch {
    storeDown = true;
  }
  return (
    <div className="flex flex-col gap-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold">{t.dashboard.title}</h1>
        <p className="mt-2 text-slate-700">{t.dashboard.intro}</p>
      </div>
      {storeDown && (
        <p role="alert" className="rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950">
          {t.common.storeDown}
        </p>
      )}
      <div className="grid gap-4 md:grid-cols-3">
        {view ? (
          <ServerSessionPanel view={view} now={Date.parse(view.lastAccessedAt)} t={t.dashboard} />
        ) : (
          !storeDown && <p>{t.dashboard.noSession}</p>
        )}
      </div>
    </div>
  );
}
