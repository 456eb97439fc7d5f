/**
 * Where a value the dashboard shows was changed: in this tab (it wrote its
 * copies a moment ago), in another tab, or by the server on its own (the
 * session ended: expiry, revocation). Browser-only.
 */
export type ChangeOrigin = 'thisTab' | 'otherTab' | 'server';

/** A change that shows up within this long of this tab's own write is this tab's. */
const OWN_WRITE_MS = 4000;
let lastOwnWrite = 0;

/** Called when this tab writes its copies (lib/browser/mirror.ts). */
export function noteOwnWrite(): void {
  lastOwnWrite = Date.now();
}

export function originOfChange(sessionEnded: boolean): ChangeOrigin {
  if (sessionEnded) return 'server';
  return Date.now() - lastOwnWrite < OWN_WRITE_MS ? 'thisTab' : 'otherTab';
}
