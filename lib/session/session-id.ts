import { createHash, randomBytes } from 'node:crypto';

/** 256 bits from the OS CSPRNG (OWASP asks for at least 64). Meaningless by design. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the store files a session under: SHA-256 of the ID, in hex. The store
 * never sees the ID itself, so a copy of the store (a backup, a stolen file,
 * a Redis dump) opens no session; the hash cannot be turned back into the ID,
 * and a 256-bit random ID needs no salt or slow hash to resist guessing.
 */
export function sessionKey(id: string): string {
  let known = keys.get(id);
  if (known === undefined) {
    known = createHash('sha256').update(id).digest('hex');
    if (keys.size >= KEYS_KEPT) keys.delete(keys.keys().next().value!);
    keys.set(id, known);
  }
  return known;
}

// Every request hashes its cookie's ID; the same sessions come back request
// after request, so the last few thousand are kept (a hash costs more than the
// rest of a session read).
const KEYS_KEPT = 10_000;
const keys = new Map<string, string>();

/** Hex characters of the key that make the fingerprint: 64 bits. */
export const FINGERPRINT_LENGTH = 16;

/**
 * A short public name for a session: the start of its store key, so pages,
 * lists and logs tell sessions apart without showing the ID that unlocks one,
 * and the stores find a session by its fingerprint through their key index.
 */
export function fingerprintOfKey(key: string): string {
  return key.slice(0, FINGERPRINT_LENGTH);
}

/** The fingerprint of a session ID (see fingerprintOfKey). */
export function fingerprint(id: string): string {
  return fingerprintOfKey(sessionKey(id));
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}
