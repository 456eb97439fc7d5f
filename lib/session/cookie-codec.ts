import { createHash } from 'node:crypto';
import { sealData, unsealData } from 'iron-session';

export interface SessionSecrets {
  current: string;
  /** The secret before the last rotation: cookies sealed with it still open. */
  previous?: string;
}

export interface OpenedCookie {
  id: string;
  /** Sealed with the previous secret: send it back sealed with the current one. */
  needsReseal: boolean;
}

/**
 * Each secret gets a numeric ID derived from the secret itself, so rotating
 * twice never reuses an ID for a different secret (which would silently turn
 * every older cookie into garbage). Iron writes the ID into the seal.
 */
function passwordId(secret: string): string {
  return String(parseInt(createHash('sha256').update(secret).digest('hex').slice(0, 8), 16));
}

/** Iron seals look like `Fe26.2*<passwordId>*<salt>*<iv>*<data>*<expiration ms>*<hmac salt>*<hmac>~2`. */
function sealPasswordId(seal: string): string | undefined {
  return seal.split('*')[1];
}

function sealExpiration(seal: string): number {
  const expiration = Number(seal.split('*')[5]);
  return Number.isFinite(expiration) && expiration > 0 ? expiration : Number.POSITIVE_INFINITY;
}

/**
 * Opening a seal costs two key derivations, an HMAC and a decryption (about
 * 0.2 ms), on every request of a session. The same cookie comes back again
 * and again, so the result of a successful open is remembered, keyed by the
 * exact cookie value (its HMAC was checked, so nothing in it was forged), until
 * the seal itself expires. Failures are never remembered.
 */
const OPENED_CACHE_SIZE = 10_000;
/** At least the wire recorder's batch (MAX_QUEUED in lib/wire/write-queue.ts): it names a new session up to 50 ms after the seal. */
const SEALED_KEPT = 5_000;

interface CachedOpen extends OpenedCookie {
  expiresAt: number;
}

/**
 * Seals the session ID into the cookie value with iron-session (AES-256-CBC +
 * HMAC-SHA-256), and opens it again. Only the ID is sealed: the data stays on
 * the server, so deleting the row really ends the session.
 */
export class SessionCookieCodec {
  private readonly currentId: string;
  private readonly sealPassword: Record<string, string>;
  private readonly openPasswords: Record<string, string>;
  /** Oldest first (a Map keeps insertion order); the oldest goes when it is full. */
  private readonly opened = new Map<string, CachedOpen>();
  /** Values sealed here lately (new sessions, rotations), oldest first. */
  private readonly sealedHere = new Map<string, string>();

  constructor(
    secrets: SessionSecrets,
    /** The seal's own lifetime; the server's timeouts usually end the session first. */
    private readonly ttlSeconds: number,
  ) {
    this.currentId = passwordId(secrets.current);
    this.sealPassword = { [this.currentId]: secrets.current };
    this.openPasswords = { ...this.sealPassword };
    if (secrets.previous) this.openPasswords[passwordId(secrets.previous)] = secrets.previous;
  }

  async seal(id: string): Promise<string> {
    const sealed = await sealData({ id }, { password: this.sealPassword, ttl: this.ttlSeconds });
    this.sealedHere.set(sealed, id);
    if (this.sealedHere.size > SEALED_KEPT) this.sealedHere.delete(this.sealedHere.keys().next().value!);
    return sealed;
  }

  /**
   * The ID in a value this process sealed lately, or in a cookie it opened:
   * the wire view names the session of a response's Set-Cookie without
   * opening the seal again (it asks in its batch, up to 50 ms after the response).
   */
  idOf(value: string): string | undefined {
    return this.sealedHere.get(value) ?? this.openRemembered(value)?.id;
  }

  /**
   * The answer for a cookie opened before (and not expired since), without a
   * trip through the event loop; undefined when it has to be opened.
   */
  openRemembered(value: string | undefined): OpenedCookie | undefined {
    const cached = value ? this.opened.get(value) : undefined;
    if (!cached) return undefined;
    if (cached.expiresAt > Date.now()) return { id: cached.id, needsReseal: cached.needsReseal };
    this.opened.delete(value!);
    return undefined;
  }

  /** Any cookie a client can send (garbage, truncated, forged, expired) gives null, never an exception. */
  async open(value: string | undefined): Promise<OpenedCookie | null> {
    if (!value || value.length > 4096) return null;
    const remembered = this.openRemembered(value);
    if (remembered) return remembered;
    let id: unknown;
    try {
      ({ id } = await unsealData<{ id?: unknown }>(value, { password: this.openPasswords, ttl: this.ttlSeconds }));
    } catch {
      return null;
    }
    if (typeof id !== 'string' || id.length === 0) return null;
    const opened = { id, needsReseal: sealPasswordId(value) !== this.currentId };
    this.remember(value, { ...opened, expiresAt: sealExpiration(value) });
    return opened;
  }

  private remember(value: string, entry: CachedOpen): void {
    this.opened.set(value, entry);
    if (this.opened.size > OPENED_CACHE_SIZE) {
      const oldest = this.opened.keys().next().value;
      if (oldest !== undefined) this.opened.delete(oldest);
    }
  }
}
