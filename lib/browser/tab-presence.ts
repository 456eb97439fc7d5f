import { useSyncExternalStore } from 'react';
import { afterLoad } from './after-load';
import { onBrowserDataChange } from './change-signal';
import { tabStorageText } from './tab-storage';

/**
 * Which tabs of this site are open right now, and what each holds in its
 * sessionStorage. Every tab says `hello` when it starts, everyone answers
 * `here`, a tab says `here` again whenever its sessionStorage changes and
 * `bye` when it goes away. No timers: a hidden tab still answers messages,
 * and a tab that comes back into view counts again from scratch.
 */
const CHANNEL = 'session-lab:presence';

/** `opened`: when this page started loading (performance.timeOrigin), for whenAnotherTabIsOpen. */
type PresenceMessage = { type: 'hello' | 'here'; tab: string; storage: string; opened?: number } | { type: 'bye'; tab: string };

export interface PresenceSnapshot {
  /** This tab's sessionStorage, as from tabStorageText(). */
  self: string;
  /** Every other open tab of this site: its ID → its sessionStorage text. */
  peers: ReadonlyMap<string, string>;
}

let channel: BroadcastChannel | null = null;
let tabId = '';
let snapshot: PresenceSnapshot | null = null;
const listeners = new Set<() => void>();
/** whenAnotherTabIsOpen's callers → the time of the call. */
const waitingForATab = new Map<() => void, number>();

function isPresenceMessage(data: unknown): data is PresenceMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, tab, storage, opened } = data as Record<string, unknown>;
  if (typeof tab !== 'string') return false;
  if (type === 'bye') return true;
  return (type === 'hello' || type === 'here') && typeof storage === 'string' && (opened === undefined || Number.isFinite(opened));
}

function update(next: PresenceSnapshot) {
  snapshot = next;
  listeners.forEach((notify) => notify());
}

function setPeer(tab: string, storage: string | null) {
  if (!snapshot) return;
  const peers = new Map(snapshot.peers);
  if (storage === null) peers.delete(tab);
  else peers.set(tab, storage);
  update({ ...snapshot, peers });
}

function post(message: PresenceMessage) {
  channel?.postMessage(message);
}

/** Re-reads this tab's sessionStorage and tells the others when it changed. */
function announceIfChanged() {
  if (!snapshot) return;
  const self = tabStorageText();
  if (self === snapshot.self) return;
  update({ ...snapshot, self });
  post({ type: 'here', tab: tabId, storage: self, opened: performance.timeOrigin });
}

/** Forget everyone and ask again: whoever is really open answers. */
function recount() {
  if (!snapshot) return;
  update({ self: tabStorageText(), peers: new Map() });
  post({ type: 'hello', tab: tabId, storage: snapshot.self, opened: performance.timeOrigin });
}

let scheduled = false;
let cancelScheduled = () => {};

/**
 * Starts this tab's presence once per page load, after the page has loaded
 * (off the phone's critical path; the counts say "counting" until then);
 * later calls do nothing.
 */
export function startTabPresence(): void {
  if (scheduled || typeof BroadcastChannel === 'undefined') return;
  scheduled = true;
  cancelScheduled = afterLoad(join);
}

/**
 * Runs `run` as soon as another tab is known to be open now: at once if one
 * has been counted, else when one is heard from whose page had started
 * loading by the time of the call (it answers this tab's `hello`, or says its
 * own if it starts counting later); a page opened after the call never
 * counts. This tab starts counting now if it had not yet. Returns the cancel.
 */
export function whenAnotherTabIsOpen(run: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  if (snapshot && snapshot.peers.size > 0) {
    run();
    return () => {};
  }
  waitingForATab.set(run, Date.now());
  if (!channel) {
    scheduled = true;
    cancelScheduled();
    join();
  }
  return () => {
    waitingForATab.delete(run);
  };
}

function runWaitersOpenedBefore(opened: number) {
  for (const [run, calledAt] of waitingForATab) {
    if (opened > calledAt) continue;
    waitingForATab.delete(run);
    run();
  }
}

function join() {
  // A fresh ID per page load: window.open and "Duplicate tab" copy sessionStorage, so it cannot live there.
  tabId = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
  channel = new BroadcastChannel(CHANNEL);
  channel.addEventListener('message', ({ data }: MessageEvent<unknown>) => {
    if (!isPresenceMessage(data) || data.tab === tabId) return;
    if (data.type === 'bye') return setPeer(data.tab, null);
    setPeer(data.tab, data.storage);
    if (data.opened !== undefined) runWaitersOpenedBefore(data.opened);
    if (data.type === 'hello' && snapshot) post({ type: 'here', tab: tabId, storage: snapshot.self, opened: performance.timeOrigin });
  });
  onBrowserDataChange(announceIfChanged);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') recount();
  });
  window.addEventListener('pagehide', () => post({ type: 'bye', tab: tabId }));
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) recount(); // back from the back/forward cache
  });
  snapshot = { self: tabStorageText(), peers: new Map() };
  recount();
}

function subscribe(notify: () => void) {
  startTabPresence();
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/** Open tabs of this site and their sessionStorage, live; null while rendering on the server. */
export function useTabPresence(): PresenceSnapshot | null {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => null,
  );
}

export interface TabCount {
  /** Tabs (this one included) holding the same value as this one. */
  same: number;
  /** All open tabs of this site. */
  total: number;
  /** This tab holds none of the values: "the same data" would then mean "nothing". */
  empty: boolean;
}

/** How many tabs hold the same value as this one for `keys` of sessionStorage. */
export function tabsWithSameStorage(presence: PresenceSnapshot, keys: readonly string[]): TabCount {
  const pick = (text: string) => {
    const all = JSON.parse(text) as Record<string, string>;
    return JSON.stringify(keys.map((key) => all[key] ?? null));
  };
  const mine = pick(presence.self);
  let same = 1;
  for (const text of presence.peers.values()) if (pick(text) === mine) same++;
  return { same, total: presence.peers.size + 1, empty: mine === JSON.stringify(keys.map(() => null)) };
}
