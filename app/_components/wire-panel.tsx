import { IntentLink } from '@/components/intent-link';
import { Panel } from '@/components/panel';
import { WireList } from '@/components/wire/wire-list';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { getWireRecorder, wireRecording } from '@/lib/next-session/wire';
import type { WireEntry } from '@/lib/wire/wire-entry';

/** The dashboard shows the newest few; the page gets only those (the stream brings the rest to the live list). */
const SHOWN = 8;

/** The dashboard's short wire view: the last requests and which of the five steps each one shows. */
export async function WirePanel({ session, t }: { session: string | null; t: Dictionary['wire'] }) {
  const recording = wireRecording();
  let initial: WireEntry[] = [];
  try {
    if (recording && session) initial = await getWireRecorder().recent(session);
  } catch {
    // The store is down: the list fills in from the stream when it is back.
  }
  return (
    <Panel id="panel-wire" title={t.compactTitle}>
      <p className="text-sm text-slate-700">{t.compactIntro}</p>
      {recording ? (
        <WireList initial={initial.slice(-SHOWN)} session={session} limit={SHOWN} compact t={t} />
      ) : (
        <p className="text-sm text-slate-800" data-testid="wire-off">
          {t.recordingOff}
        </p>
      )}
      <p className="text-sm">
        <IntentLink href="/wire" className="font-medium text-blue-800 underline underline-offset-4">
          {t.seeAll}
        </IntentLink>
      </p>
    </Panel>
  );
}
