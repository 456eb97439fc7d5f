'use client';

import { useNow } from './use-now';

function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * Counts down to `until` (epoch ms) in the browser, without asking the server:
 * polling would itself be activity and push the idle deadline back.
 */
export function Countdown({
  until,
  serverNow,
  expiredLabel,
  live,
}: {
  until: number;
  serverNow: number;
  expiredLabel: string;
  /** True while the server's event stream keeps `until` up to date. */
  live?: boolean;
}) {
  const now = useNow(serverNow);
  const remaining = until - now;
  return (
    <span role="timer" className="font-mono tabular-nums" data-remaining-ms={Math.max(0, remaining)} data-live={live}>
      {remaining > 0 ? formatRemaining(remaining) : expiredLabel}
    </span>
  );
}
