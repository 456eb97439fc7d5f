'use client';

import type { ReactNode } from 'react';
import { useLiveSession } from '@/lib/browser/live-session';

/**
 * The signed-in header while the session lives; `ended` once the server ends
 * it (idle or absolute timeout, revocation from another device, logout in
 * another tab), so the header never says "Signed in" beside a banner that says
 * the session is over. Only that session's end counts: after a new login in
 * this tab, the header renders for the new session and shows it signed in.
 */
export function WhileSessionLives({ session, children, ended }: { session: string; children: ReactNode; ended: ReactNode }) {
  const live = useLiveSession();
  return live.status === 'ended' && live.session === session ? ended : children;
}
