'use client';

import { useLiveSession } from '@/lib/browser/live-session';
import { useMarkStep } from '@/lib/browser/start-progress';

/** "Start here": the server ended this session at its idle or absolute timeout while the lab watched. */
export function ExpiryStep() {
  const live = useLiveSession();
  const ending = live.status === 'ended' ? live.ending : null;
  useMarkStep('idle-timeout', ending?.event === 'session' && ending.data.type === 'expired');
  return null;
}
