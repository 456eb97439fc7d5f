'use client';

import { useMarkStep } from '@/lib/browser/start-progress';
import { useLiveSession } from '@/lib/browser/live-session';
import { useTabPresence } from '@/lib/browser/tab-presence';

/** The "Start here" steps the dashboard sees happen: signed in, a second tab open, a logout. */
export function DashboardSteps({ signedIn }: { signedIn: boolean }) {
  const presence = useTabPresence();
  const live = useLiveSession();
  const ending = live.status === 'ended' ? live.ending : null;
  useMarkStep('login', signedIn);
  useMarkStep('second-tab', (presence?.peers.size ?? 0) >= 1);
  // The same ending the logout note speaks of: the server deleted the session at this browser's request.
  useMarkStep('logout', ending?.event === 'session' && ending.data.type === 'invalidated');
  return null;
}
