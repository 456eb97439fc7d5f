import type { Dictionary } from '@/lib/i18n/dictionary';
import type { SessionView } from '@/lib/next-session/session-view';
import { LiveCountdown } from './live-countdown';
import { Fact } from './panel';

/** A session's idle or absolute deadline as a panel fact, counting down live with the server's word. */
export function SessionDeadline({
  view,
  kind,
  t,
  compact = false,
}: {
  view: SessionView;
  kind: 'idle' | 'absolute';
  t: Pick<Dictionary, 'dashboard' | 'live'>;
  compact?: boolean;
}) {
  const d = t.dashboard;
  return (
    <Fact term={kind === 'idle' ? d.idleExpiry : d.absoluteExpiry} compact={compact}>
      <LiveCountdown
        session={view.id}
        kind={kind}
        until={Date.parse(kind === 'idle' ? view.idleExpiresAt : view.absoluteExpiresAt)}
        serverNow={Date.parse(view.lastAccessedAt)}
        labels={{ expired: d.expired, checking: d.checking, ended: t.live.endedGone }}
      />
    </Fact>
  );
}
