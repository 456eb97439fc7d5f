'use client';

import { useState } from 'react';
import { useLiveSession } from '@/lib/browser/live-session';
import { Countdown } from './countdown';

/**
 * A session countdown that follows the server: when another tab's activity
 * or a new idle timeout moves the deadline, the event stream says so. At zero
 * it waits for the server's word instead of guessing.
 */
export function LiveCountdown({
  session,
  kind,
  until,
  serverNow,
  labels,
}: {
  /** Fingerprint of the session the page shows. */
  session: string;
  kind: 'idle' | 'absolute';
  until: number;
  serverNow: number;
  labels: { expired: string; checking: string; ended: string };
}) {
  const live = useLiveSession();
  const watching = live.session === session;
  const deadlines = watching ? live.deadlines : null;
  // Whichever word came last wins. A render after this tab changed the session (a new idle timeout)
  // already knows the new deadline; the stream only learns it at its next check, seconds later.
  const [newest, setNewest] = useState({ until, deadlines, from: 'stream' as 'render' | 'stream' });
  if (until !== newest.until) setNewest({ until, deadlines, from: 'render' });
  else if (deadlines !== newest.deadlines) setNewest({ until, deadlines, from: 'stream' });
  if (watching && live.status === 'ended') return <span className="font-medium text-red-800">{labels.ended}</span>;
  const deadline =
    deadlines && newest.from === 'stream' ? (kind === 'idle' ? deadlines.idleExpiresAt : deadlines.absoluteExpiresAt) : until;
  return (
    <Countdown
      until={deadline}
      serverNow={serverNow}
      expiredLabel={watching && live.status === 'live' ? labels.checking : labels.expired}
      live={watching && live.status === 'live'}
    />
  );
}
