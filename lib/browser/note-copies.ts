import { useSyncExternalStore } from 'react';
import { browserDataReady } from './after-load';
import { onBrowserDataChange } from './change-signal';
import { MIRROR_COOKIE_MAX_AGE } from './mirror';
import { writeScriptCookie } from './document-cookies';
import { writeTabStorage } from './tab-storage';

/** The tabs lab's browser copies of the note, named like the mirror's: cookie lab_*, storage lab:*. */
export const NOTE_COOKIE = 'lab_note';
export const NOTE_STORAGE_KEY = 'lab:note';
/** The same key in localStorage: the contrast, one copy for every tab of the origin, kept across restarts. */
export const NOTE_LOCAL_KEY = 'lab:note';

/** After the server saved the note: the same text into a script-readable cookie, this tab's sessionStorage and localStorage. */
export function writeNoteCopies(note: string): void {
  writeScriptCookie(NOTE_COOKIE, encodeURIComponent(note), MIRROR_COOKIE_MAX_AGE);
  try {
    localStorage.setItem(NOTE_LOCAL_KEY, note);
  } catch {
    // Storage disabled or full: that copy is simply missing.
  }
  writeTabStorage(NOTE_STORAGE_KEY, note);
}

function readLocalNote(): string | null {
  try {
    return localStorage.getItem(NOTE_LOCAL_KEY);
  } catch {
    return null;
  }
}

const readLocalNoteWhenReady = () => (browserDataReady() ? readLocalNote() : undefined);

/** The localStorage copy, live: another tab's write arrives as a `storage` event. Undefined while rendering on the server. */
export function useLocalNote(): string | null | undefined {
  return useSyncExternalStore(onBrowserDataChange, readLocalNoteWhenReady, () => undefined);
}
