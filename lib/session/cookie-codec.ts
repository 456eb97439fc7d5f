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

/** Iron seals look like `Fe26.2*<passwordId>*...~2`. */
function sealPasswordId(seal: string): string | undefined {
  return seal.split('*')[1];
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

  seal(id: string): Promise<string> {
    return sealData({ id }, { password: this.sealPassword, ttl: this.ttlSeconds });
  }

  /** Any cookie a client can send (garbage, truncated, forged, expired) gives null, never an exception. */
  async open(value: string | undefined): Promise<OpenedCookie | null> {
    if (!value || value.length > 4096) return null;
    try {
      const data = await unsealData<{ id?: unknown }>(value, { password: this.openPasswords, ttl: this.ttlSeconds });
      if (typeof data.id !== 'string' || data.id.length === 0) return null;
      return { id: data.id, needsReseal: sealPasswordId(value) !== this.currentId };
    } catch {
      return null;
    }
  }
}
