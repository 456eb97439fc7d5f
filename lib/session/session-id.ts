import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the OS CSPRNG (OWASP asks for at least 64). Meaningless by design. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A short public name for a session: a hash of the ID, so pages, lists and
 * logs can tell sessions apart without ever showing the ID that unlocks one.
 */
export function fingerprint(id: string): string {
  let known = fingerprints.get(id);
  if (known === undefined) {
    known = createHash('sha256').update(id).digest('hex').slice(0, 16);
    if (fingerprints.size >= FINGERPRINTS_KEPT) fingerprints.delete(fingerprints.keys().next().value!);
    fingerprints.set(id, known);
  }
  return known;
}

// Every view of a session shows its fingerprint; the same sessions come back
// request after request, so the last few thousand are kept (a hash costs more
// than the rest of a session read).
const FINGERPRINTS_KEPT = 10_000;
const fingerprints = new Map<string, string>();

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}
