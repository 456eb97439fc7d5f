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
  return createHash('sha256').update(id).digest('hex').slice(0, 16);
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}
