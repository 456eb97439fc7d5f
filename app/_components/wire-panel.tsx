import Link from 'next/link';
import { Panel } from '@/components/panel';
import { WireList } from '@/components/wire/wire-list';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { getWireRecorder } from '@/lib/next-session/wire';

/** The dashboard's short wire view: the last requests and which of the five steps each one shows. */
export function WirePanel({ session, t }: { session: string | null; t: Dictionary['wire'] }) {
  return (
    <Panel id="panel-wire" title={t.compactTitle}>
      <p className="text-sm text-slate-700">{t.compactIntro}</p>
      <WireList initial={session ? getWireRecorder().recent(session) : []} session={session} limit={8} compact t={t} />
      <p className="text-sm">
        <Link href="/wire" className="font-medium text-blue-800 underline underline-offset-4">
          {t.seeAll}
        </Link>
      </p>
    </Panel>
  );
}
