'use client';

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
  const watching = live?.session === session;
  if (watching && live.status === 'ended') return <span className="font-medium text-red-800">{labels.ended}</span>;
  const deadlines = watching ? live.deadlines : null;
  const deadline = deadlines ? (kind === 'idle' ? deadlines.idleExpiresAt : deadlines.absoluteExpiresAt) : until;
  return (
    <Countdown
      until={deadline}
      serverNow={serverNow}
      expiredLabel={watching && live.status === 'live' ? labels.checking : labels.expired}
    />
  );
}
