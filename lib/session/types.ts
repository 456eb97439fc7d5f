/** Attribute values are plain JSON: they are stored as text and travel to the page. */
export type AttributeValue = string | number | boolean | null | AttributeValue[] | { [key: string]: AttributeValue };
export type Attributes = Record<string, AttributeValue>;
/** An attribute value that may be read and serialized but not changed. */
export type ReadonlyAttributeValue =
  string | number | boolean | null | readonly ReadonlyAttributeValue[] | { readonly [key: string]: ReadonlyAttributeValue };
export type ReadonlyAttributes = Readonly<Record<string, ReadonlyAttributeValue>>;

/** One row of the server-side store. Times are epoch milliseconds. */
export interface SessionRecord {
  /**
   * SHA-256 of the session ID (see sessionKey): the store's key. The ID itself
   * lives only in the sealed cookie and in the request that carries it.
   */
  key: string;
  createdAt: number;
  lastAccessedAt: number;
  /** Idle timeout in seconds (Servlet's maxInactiveInterval), per session. */
  maxInactiveInterval: number;
  /** Hard deadline fixed at creation; activity never moves it. */
  absoluteExpiresAt: number;
  /** The device that created the session, for "my sessions". */
  userAgent: string;
  attributes: Attributes;
}

export type ExpiryReason = 'idle' | 'absolute';

/** What a session's deadlines depend on: all a sweep needs to read of a row it deletes. */
export type Deadlines = Pick<SessionRecord, 'lastAccessedAt' | 'maxInactiveInterval' | 'absoluteExpiresAt'>;

export function idleExpiresAt(record: Deadlines): number {
  return record.lastAccessedAt + record.maxInactiveInterval * 1000;
}

/** The moment the session dies, whichever timeout comes first. */
export function expiresAt(record: Deadlines): number {
  return Math.min(idleExpiresAt(record), record.absoluteExpiresAt);
}

export function expiryReason(record: Deadlines, now: number): ExpiryReason | null {
  if (now >= record.absoluteExpiresAt) return 'absolute';
  if (now >= idleExpiresAt(record)) return 'idle';
  return null;
}

/** The signed-in user, read from the `userId` attribute; stores index it for "my sessions". */
export function userIdOf(record: SessionRecord): string | null {
  const value = record.attributes.userId;
  return typeof value === 'string' ? value : null;
}
