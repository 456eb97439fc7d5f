'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { browserDataReady, whenBrowserDataReady } from '@/lib/browser/after-load';
import { useLiveSession } from '@/lib/browser/live-session';
import { TAB_CHANNEL, type TabMessage } from '@/lib/browser/mirror';
import { readTabStorage } from '@/lib/browser/tab-storage';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';

type Arrival = 'newTab' | 'windowOpen' | null;

let arrival: Arrival | undefined;

/**
 * How this tab started, read once when the page first runs: with the cookie
 * copies there but no sessionStorage of its own (a new tab), or with a copy of
 * its opener's sessionStorage (window.open copies it; see browser-facts.md).
 */
function readArrival(): Arrival {
  if (arrival !== undefined) return arrival;
  // Read once the page has loaded (lib/browser/after-load.ts says why).
  if (!browserDataReady()) return null;
  const ownCopies = Object.keys(readTabStorage()).length > 0;
  const cookieCopies = document.cookie.split(';').some((pair) => pair.trim().startsWith('lab_'));
  let opened = false;
  try {
    opened = window.opener !== null && (window.opener as Window).location.origin === location.origin;
  } catch {
    // An opener from another site: not our copy.
  }
  arrival = opened && ownCopies ? 'windowOpen' : !ownCopies && cookieCopies ? 'newTab' : null;
  return arrival;
}

export function useArrival(): Arrival {
  return useSyncExternalStore(whenBrowserDataReady, readArrival, () => null);
}

interface Moment {
  key: string;
  text: string;
}

/** Short notes when a lesson happens on the dashboard, so the moment does not pass in silence. */
export function DashboardMoments({ t }: { t: Dictionary['moments'] }) {
  const live = useLiveSession();
  const arrived = useArrival();
  const [languageElsewhere, setLanguageElsewhere] = useState(false);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const channel = new BroadcastChannel(TAB_CHANNEL);
    channel.onmessage = ({ data }: MessageEvent<TabMessage>) => {
      if (data?.type === 'mirror-changed' && data.name === 'language') setLanguageElsewhere(true);
    };
    return () => channel.close();
  }, []);

  const moments: Moment[] = [];
  const ending = live.status === 'ended' ? live.ending : null;
  if (ending?.event === 'session' && ending.data.type === 'invalidated') moments.push({ key: 'logout', text: t.logout });
  if (ending?.event === 'session' && ending.data.type === 'expired') moments.push({ key: 'expired', text: t.expired });
  const rotation = live.events.findLast((event) => event.type === 'regenerated');
  if (rotation && !ending) {
    moments.push({ key: `login-${rotation.id}`, text: format(t.login, { previous: rotation.previous ?? '?', session: rotation.session }) });
  }
  if (arrived === 'newTab') moments.push({ key: 'newTab', text: t.newTab });
  if (arrived === 'windowOpen') moments.push({ key: 'windowOpen', text: t.windowOpen });
  if (languageElsewhere) moments.push({ key: 'languageElsewhere', text: t.languageElsewhere });
  const shown = moments.filter((moment) => !dismissed.has(moment.key));

  return (
    <div role="status" aria-label={t.notesLabel} className="flex flex-col gap-2 empty:hidden">
      {shown.map((moment) => (
        <p
          key={moment.key}
          data-testid={`moment-${moment.key.replace(/-.*/, '')}`}
          className="flex items-start justify-between gap-3 rounded-lg border border-sky-300 bg-sky-50 p-3 text-sky-950"
        >
          <span>{moment.text}</span>
          <button
            type="button"
            onClick={() => setDismissed(new Set([...dismissed, moment.key]))}
            className="shrink-0 rounded px-2 text-sm underline underline-offset-4 focus-visible:outline-2 focus-visible:outline-sky-800"
          >
            {t.dismiss}
          </button>
        </p>
      ))}
    </div>
  );
}
