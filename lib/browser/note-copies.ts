import { MIRROR_COOKIE_MAX_AGE } from './mirror';
import { writeScriptCookie } from './document-cookies';
import { writeTabStorage } from './tab-storage';

/** The tabs lab's browser copies of the note, named like the mirror's: cookie lab_*, storage lab:*. */
export const NOTE_COOKIE = 'lab_note';
export const NOTE_STORAGE_KEY = 'lab:note';

/** After the server saved the note: the same text into a script-readable cookie and this tab's sessionStorage. */
export function writeNoteCopies(note: string): void {
  writeScriptCookie(NOTE_COOKIE, encodeURIComponent(note), MIRROR_COOKIE_MAX_AGE);
  writeTabStorage(NOTE_STORAGE_KEY, note);
}
