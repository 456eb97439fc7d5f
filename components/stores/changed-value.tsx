'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { originOfChange, type ChangeOrigin } from '@/lib/browser/change-origin';
import { useLiveSession } from '@/lib/browser/live-session';

export type ChangeLabels = Record<ChangeOrigin, string>;

const FLASH_MS = 4000;

/** Highlights a value for a few seconds after it changes, and says where the change came from. */
export function ChangedValue({ value, labels, children }: { value: string | null; labels: ChangeLabels; children: ReactNode }) {
  const live = useLiveSession();
  const [seen, setSeen] = useState(value);
  const [flash, setFlash] = useState<{ origin: ChangeOrigin; count: number } | null>(null);
  // Adjusting state while rendering when a prop changed (React's own pattern): no extra render pass.
  if (seen !== value) {
    setSeen(value);
    setFlash({ origin: originOfChange(live.status === 'ended'), count: (flash?.count ?? 0) + 1 });
  }
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);
  return (
    <span className={`block rounded transition-colors ${flash ? 'bg-yellow-100 ring-2 ring-yellow-500' : ''}`} data-changed={flash?.origin}>
      {children}
      {flash && <span className="block font-sans text-xs font-medium text-slate-800">{labels[flash.origin]}</span>}
    </span>
  );
}
