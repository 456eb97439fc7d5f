'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { browserDataReady, whenBrowserDataReady } from '@/lib/browser/after-load';

/** In sessionStorage: a projector tab presents, the teacher's other tabs do not. */
const KEY = 'session-lab:presenting';
const listeners = new Set<() => void>();

function read(): boolean {
  // A tab that presents switches once the page has loaded (lib/browser/after-load.ts says why).
  if (!browserDataReady()) return false;
  try {
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

function subscribe(notify: () => void) {
  listeners.add(notify);
  const stopWaiting = whenBrowserDataReady(notify);
  return () => {
    stopWaiting();
    listeners.delete(notify);
  };
}

/** Presenting mode: large type and the three stores side by side, without the explanations (globals.css). */
export function PresentingToggle({ label, note }: { label: string; note: string }) {
  const on = useSyncExternalStore(subscribe, read, () => false);
  useEffect(() => {
    if (on) document.documentElement.dataset.presenting = '';
    else delete document.documentElement.dataset.presenting;
    return () => {
      delete document.documentElement.dataset.presenting;
    };
  }, [on]);
  const toggle = () => {
    try {
      if (on) sessionStorage.removeItem(KEY);
      else sessionStorage.setItem(KEY, '1');
    } catch {
      // Storage disabled: the mode cannot be kept, so it stays off.
    }
    listeners.forEach((notify) => notify());
  };
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <button
        type="button"
        aria-pressed={on}
        onClick={toggle}
        className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium aria-pressed:border-slate-900 aria-pressed:bg-slate-900 aria-pressed:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
      >
        {label}
      </button>
      <span className="present-hide text-xs text-slate-600">{note}</span>
    </div>
  );
}
