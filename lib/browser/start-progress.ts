import { useEffect, useSyncExternalStore } from 'react';
import { browserDataReady, whenBrowserDataReady } from './after-load';

/**
 * "Start here": the path's steps, in order, and the visitor's progress on it.
 * The progress is kept in localStorage, the fourth store: every tab of this
 * origin reads the same copy, it survives closing the browser, and no request
 * ever carries it. Each step is marked by the page where it really happens
 * (the lab that saw the outcome), never by a click on "done".
 */
export const START_STEPS = [
  'wire-back',
  'login',
  'second-tab',
  'cart-second-tab',
  'window-open',
  'logout',
  'idle-timeout',
  'stateless-replay',
  'cross-site',
] as const;
export type StartStep = (typeof START_STEPS)[number];

export const START_PROGRESS_KEY = 'session-lab:start-progress';

const listeners = new Set<() => void>();
let cachedText: string | null = null;
let cached: readonly StartStep[] = [];

function readText(): string {
  try {
    return localStorage.getItem(START_PROGRESS_KEY) ?? '[]';
  } catch {
    // Storage disabled: no progress can be kept.
    return '[]';
  }
}

/** What localStorage holds, kept to known steps in path order: anything else in there (edited by hand) is ignored. */
function parse(text: string): StartStep[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return START_STEPS.filter((step) => value.includes(step));
}

function snapshot(): readonly StartStep[] {
  const text = readText();
  if (text !== cachedText) {
    cachedText = text;
    cached = parse(text);
  }
  return cached;
}

function write(steps: readonly StartStep[]) {
  try {
    if (steps.length === 0) localStorage.removeItem(START_PROGRESS_KEY);
    else localStorage.setItem(START_PROGRESS_KEY, JSON.stringify(steps));
  } catch {
    // Storage disabled or full: the step stays undone.
  }
  listeners.forEach((notify) => notify());
}

/** Records that the visitor did `step`; called where the app saw it happen. */
export function markStep(step: StartStep): void {
  const done = snapshot();
  // Kept in path order, so what the page shows is exactly what localStorage holds.
  if (!done.includes(step)) write(START_STEPS.filter((known) => known === step || done.includes(known)));
}

export function resetProgress(): void {
  write([]);
}

function subscribe(notify: () => void) {
  listeners.add(notify);
  // The `storage` event: another tab of this origin changed localStorage (it never fires for sessionStorage).
  const onStorage = (event: StorageEvent) => {
    if (event.key === START_PROGRESS_KEY || event.key === null) notify();
  };
  window.addEventListener('storage', onStorage);
  const stopWaiting = whenBrowserDataReady(notify);
  return () => {
    stopWaiting();
    listeners.delete(notify);
    window.removeEventListener('storage', onStorage);
  };
}

/** The steps done so far, live across tabs; null while rendering on the server and until the page has loaded. */
export function useStartProgress(): readonly StartStep[] | null {
  return useSyncExternalStore(subscribe, snapshotWhenReady, () => null);
}

const snapshotWhenReady = () => (browserDataReady() ? snapshot() : null);

/** Marks `step` once `when` is true. */
export function useMarkStep(step: StartStep, when: boolean): void {
  useEffect(() => (when ? whenBrowserDataReady(() => markStep(step)) : undefined), [step, when]);
}
