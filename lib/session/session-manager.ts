import { newEventId } from './events';
import { HttpSession, type SessionContext } from './http-session';
import { fingerprintOfKey, newSessionId, sessionKey } from './session-id';
import { expiryReason, type Attributes, type SessionRecord } from './types';

export interface SessionPolicy {
  /** Default idle timeout in seconds; each session may change its own. */
  idleTimeout: number;
  /** Seconds from creation after which the session ends whatever happens. */
  absoluteTimeout: number;
}

/** Activity is written at most once a second per session: enough for second-level countdowns. */
const TOUCH_GRANULARITY_MS = 1000;

/**
 * Creates, finds and ends sessions, and enforces both timeouts on every read:
 * a session past its deadline is deleted the moment anyone asks for it, and
 * the sweeper deletes the ones nobody asks for.
 */
export class SessionManager {
  constructor(
    readonly context: SessionContext,
    readonly policy: SessionPolicy,
  ) {}

  get store() {
    return this.context.store;
  }
  get events() {
    return this.context.events;
  }
  now(): number {
    return this.context.now();
  }

  async create(options: { userAgent?: string; attributes?: Attributes } = {}): Promise<HttpSession> {
    const now = this.now();
    const id = newSessionId();
    const record: SessionRecord = {
      key: sessionKey(id),
      createdAt: now,
      lastAccessedAt: now,
      maxInactiveInterval: this.policy.idleTimeout,
      absoluteExpiresAt: now + this.policy.absoluteTimeout * 1000,
      userAgent: (options.userAgent ?? '').slice(0, 256),
      attributes: options.attributes ?? {},
    };
    await this.store.create(record);
    const session = new HttpSession(this.context, record, true, id);
    this.events.publish(
      { id: newEventId(), type: 'created', session: session.fingerprint, at: now },
      { keepUntil: record.absoluteExpiresAt },
    );
    return session;
  }

  /**
   * The live session with this ID, or null when there is none (never issued,
   * deleted, or past a timeout, in which case it is deleted now).
   * `touch` records activity, which pushes the idle deadline back.
   */
  async load(id: string, options: { touch: boolean; isNew?: boolean }): Promise<HttpSession | null> {
    const key = sessionKey(id);
    const now = this.now();
    // Touching reads and records activity in one store call (one round trip to Redis).
    const record = options.touch ? await this.store.getAndTouch(key, now, TOUCH_GRANULARITY_MS) : await this.store.get(key);
    if (!record) return null;
    const reason = expiryReason(record, now);
    if (reason) {
      if (await this.store.destroy(key)) {
        this.events.publish({ id: newEventId(), type: 'expired', session: fingerprintOfKey(key), at: now, reason }, { keepUntil: now });
      }
      return null;
    }
    return new HttpSession(this.context, record, options.isNew ?? false, id);
  }

  /**
   * The live session with this fingerprint (from a list or a URL), found through
   * the store's key index, however many sessions there are. It carries no ID:
   * enough to show or end it, never to open it.
   */
  async findByFingerprint(fingerprint: string): Promise<HttpSession | null> {
    const record = await this.store.getByFingerprint(fingerprint);
    return record ? (this.live([record])[0] ?? null) : null;
  }

  /** Live sessions of one user: dead rows the sweeper has not reached yet are left out. */
  async listByUser(userId: string): Promise<HttpSession[]> {
    return this.live(await this.store.listByUser(userId));
  }

  async listAll(limit = 500): Promise<HttpSession[]> {
    return this.live(await this.store.listAll(limit));
  }

  /** Ends another session (revocation from "my sessions" or the admin page). */
  async revoke(session: HttpSession): Promise<void> {
    await session.invalidate();
  }

  /** Deletes up to `limit` expired sessions; returns how many. */
  async sweepOnce(limit: number): Promise<number> {
    const now = this.now();
    const swept = await this.store.sweep(now, limit);
    for (const { fingerprint, reason } of swept) {
      this.events.publish({ id: newEventId(), type: 'expired', session: fingerprint, at: now, reason }, { keepUntil: now });
    }
    return swept.length;
  }

  private live(records: SessionRecord[]): HttpSession[] {
    const now = this.now();
    return records.filter((record) => !expiryReason(record, now)).map((record) => new HttpSession(this.context, record, false, null));
  }
}
