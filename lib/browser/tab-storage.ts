import { useMemo, useSyncExternalStore } from 'react';
import { browserDataReady } from './after-load';
import { announceLocalChange, onBrowserDataChange } from './change-signal';

/** Every key this site writes into sessionStorage starts with this. */
export const LAB_STORAGE_PREFIX = 'lab:';

function readAll(): Record<string, string> {
  const entries: Record<string, string> = {};
  try {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      if (key?.startsWith(LAB_STORAGE_PREFIX)) entries[key] = sessionStorage.getItem(key) ?? '';
    }
  } catch {
    // Storage disabled: this tab simply holds nothing.
  }
  return entries;
}

/** This tab's sessionStorage entries of this site, as stable JSON (sorted keys) so equal means equal. */
export function tabStorageText(): string {
  const entries = readAll();
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(entries)
        .sort()
        .map((key) => [key, entries[key]]),
    ),
  );
}

const readWhenReady = () => (browserDataReady() ? tabStorageText() : null);

/** This tab's sessionStorage as an object (the dashboard's moments read whether it holds our copies). */
export function readTabStorage(): Record<string, string> {
  return JSON.parse(tabStorageText()) as Record<string, string>;
}

/** Writes (or with null, removes) one key in this tab's sessionStorage. */
export function writeTabStorage(key: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } finally {
    announceLocalChange();
  }
}

/** This tab's sessionStorage (keys starting `lab:`), live; null while rendering on the server and until the page has loaded. */
export function useTabStorage(): Record<string, string> | null {
  const text = useSyncExternalStore(onBrowserDataChange, readWhenReady, () => null);
  return useMemo(() => (text === null ? null : (JSON.parse(text) as Record<string, string>)), [text]);
}
