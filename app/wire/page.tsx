import type { Metadata } from 'next';
import { LiveSessionSync } from '@/components/live-session-sync';
import { WireList } from '@/components/wire/wire-list';
import { currentDictionary } from '@/lib/next-session/language';
import { readSession } from '@/lib/next-session/request-session';
import { getWireRecorder, wireRecording } from '@/lib/next-session/wire';
import type { WireEntry } from '@/lib/wire/wire-entry';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.wire.title };
}

export const dynamic = 'force-dynamic';

/** The newest requests shown at first; the rest (the server keeps 40) come with a button. */
const FIRST_SHOWN = 10;

/** Every request of this browser with its Cookie header and Set-Cookie answers, as the server recorded them. */
export default async function WirePage() {
  const { t } = await currentDictionary();
  const w = t.wire;
  let session: string | null = null;
  let entries: WireEntry[] = [];
  const recording = wireRecording();
  try {
    const found = await readSession();
    session = found?.fingerprint ?? null;
    entries = recording && session ? await getWireRecorder().recent(session) : [];
  } catch {
    // The store is down: the list fills in from the stream when it is back.
  }
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{w.title}</h1>
        <p className="mt-2 text-slate-700">{w.intro}</p>
      </div>
      <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950" data-testid="wire-why">
        {w.whyServer}
      </p>
      <section aria-labelledby="wire-steps" className="rounded-xl border border-slate-300 bg-white p-4">
        <h2 id="wire-steps" className="text-lg font-semibold">
          {w.stepsTitle}
        </h2>
        <ol className="mt-2 list-decimal pl-6 text-slate-800">
          <li>{w.step1}</li>
          <li>{w.step2}</li>
          <li>{w.step3}</li>
          <li>{w.step4}</li>
          <li>{w.step5}</li>
        </ol>
      </section>
      {session && <LiveSessionSync session={session} t={t.live} restartHref="/wire" />}
      {/* Not a landmark of its own: the list inside is the labelled region. */}
      <div className="rounded-xl border border-slate-300 bg-white p-4">
        <h2 id="wire-list-title" className="text-lg font-semibold">
          {w.listLabel}
        </h2>
        <p className="text-sm text-slate-700">{w.prefetchNote}</p>
        {recording ? (
          <WireList initial={entries} session={session} limit={80} firstShown={FIRST_SHOWN} t={w} />
        ) : (
          <p className="mt-2 text-slate-800" data-testid="wire-off">
            {w.recordingOff}
          </p>
        )}
        <p className="mt-3 text-sm">
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- JSON, not a page: the browser shows it as it is. */}
          <a href="/api/wire" className="text-blue-800 underline underline-offset-4">
            {w.jsonLink}
          </a>{' '}
          <code className="font-mono text-xs">GET /api/wire</code>
        </p>
      </div>
    </div>
  );
}
