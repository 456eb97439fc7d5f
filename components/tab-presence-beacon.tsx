'use client';

import { useEffect } from 'react';
import { startTabPresence } from '@/lib/browser/tab-presence';

/** Makes every page of the site count as an open tab for the "tabs that see it" counts. Renders nothing. */
export function TabPresenceBeacon() {
  useEffect(() => startTabPresence(), []);
  return null;
}
