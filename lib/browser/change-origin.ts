/**
 * Where a value the dashboard shows was changed: in this tab (it sent a form
 * or wrote its copies a moment ago), in another tab, or by the server on its
 * own (the session ended: expiry, revocation). Browser-only.
 */
export type ChangeOrigin = 'thisTab' | 'otherTab' | 'server';

/** A change that shows up within this long of this tab's own write is this tab's. */
const OWN_WRITE_MS = 4000;
let lastOwnWrite = 0;

/** Called when this tab writes its copies (lib/browser/mirror.ts), and when it sends a form. */
export function noteOwnWrite(): void {
  lastOwnWrite = Date.now();
}

/*
 * A server action's answer carries the re-rendered page, so the server's row
 * changes before the form's own code (which writes the copies) runs: the
 * write is marked when the form is sent (capture phase: before the action).
 */
if (typeof document !== 'undefined') document.addEventListener('submit', noteOwnWrite, true);

export function originOfChange(sessionEnded: boolean): ChangeOrigin {
  if (sessionEnded) return 'server';
  return Date.now() - lastOwnWrite < OWN_WRITE_MS ? 'thisTab' : 'otherTab';
}
