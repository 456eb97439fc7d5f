import { newEventId, type SessionEvent, type SessionEventBus } from './events';
import { fingerprintOfKey, newSessionId, sessionKey } from './session-id';
import type { SessionStore } from './store';
import { expiresAt, idleExpiresAt, type AttributeValue, type Attributes, type ReadonlyAttributes, type SessionRecord } from './types';

const ENDED = Symbol.for('session-lab.SessionEndedError');

/** The session was deleted (logout, revocation, expiry) while this request held it. */
export class SessionEndedError extends Error {
  readonly [ENDED] = true;

  constructor() {
    super('This session has ended. Reload the page to start a new one.');
    this.name = 'SessionEndedError';
  }

  // One class copy per Next bundle: `instanceof` checks a mark (see StoreUnavailableError).
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && ENDED in value;
  }
}

export interface SessionContext {
  store: SessionStore;
  events: SessionEventBus;
  now: () => number;
}

/**
 * One session as the application sees it, with the verbs of Java's HttpSession.
 * Reads come from the snapshot loaded with the request; every write is an
 * atomic update in the store, so two tabs writing at once lose nothing.
 */
export class HttpSession {
  private invalidated = false;

  constructor(
    private readonly context: SessionContext,
    private record: SessionRecord,
    /** True on the request that created the session (Servlet's isNew). */
    readonly isNew: boolean,
    /** The real ID, known only to the request whose cookie carried it (or that created it); null for a listed session. */
    private sessionId: string | null,
  ) {}

  /** The real ID: only for sealing into the cookie. Show `fingerprint` instead. */
  get id(): string {
    if (this.sessionId === null) throw new Error('A listed session has no ID: only the request holding its cookie knows it.');
    return this.sessionId;
  }
  /** The store's key (SHA-256 of the ID): names this session without unlocking it. */
  get key(): string {
    return this.record.key;
  }
  get fingerprint(): string {
    return fingerprintOfKey(this.record.key);
  }
  get creationTime(): number {
    return this.record.createdAt;
  }
  get lastAccessedTime(): number {
    return this.record.lastAccessedAt;
  }
  get maxInactiveInterval(): number {
    return this.record.maxInactiveInterval;
  }
  get idleExpiresAt(): number {
    return idleExpiresAt(this.record);
  }
  get absoluteExpiresAt(): number {
    return this.record.absoluteExpiresAt;
  }
  get expiresAt(): number {
    return expiresAt(this.record);
  }
  get userAgent(): string {
    return this.record.userAgent;
  }
  get isInvalidated(): boolean {
    return this.invalidated;
  }

  getAttribute<T extends AttributeValue = AttributeValue>(name: string): T | undefined {
    return this.record.attributes[name] as T | undefined;
  }

  getAttributeNames(): string[] {
    return Object.keys(this.record.attributes);
  }

  /** A copy, so callers cannot change the snapshot behind the store's back. */
  getAttributes(): Attributes {
    return structuredClone(this.record.attributes);
  }

  /** The snapshot itself, typed read-only: for showing and serializing without the cost of a copy. */
  get attributes(): ReadonlyAttributes {
    return this.record.attributes;
  }

  async setAttribute(name: string, value: AttributeValue): Promise<void> {
    await this.updateAttribute(name, () => value);
  }

  /**
   * Read-modify-write of one attribute in a single atomic step: `change` gets
   * the value as stored now (not as this request first saw it).
   */
  async updateAttribute<T extends AttributeValue>(name: string, change: (current: T | undefined) => T): Promise<T> {
    let existed = false;
    let next: T | undefined;
    await this.write((current) => {
      existed = name in current.attributes;
      next = change(current.attributes[name] as T | undefined);
      return { ...current, attributes: { ...current.attributes, [name]: next } };
    });
    this.emit({ type: existed ? 'attributeReplaced' : 'attributeAdded', name });
    return next as T;
  }

  async removeAttribute(name: string): Promise<void> {
    let existed = false;
    await this.write((current) => {
      existed = name in current.attributes;
      if (!existed) return null;
      const { [name]: _removed, ...rest } = current.attributes;
      return { ...current, attributes: rest };
    });
    if (existed) this.emit({ type: 'attributeRemoved', name });
  }

  async setMaxInactiveInterval(seconds: number): Promise<void> {
    await this.write((current) => ({ ...current, maxInactiveInterval: seconds }));
  }

  /** Deletes the session on the server: a copy of the cookie then opens nothing. */
  async invalidate(): Promise<void> {
    if (this.invalidated) return;
    this.invalidated = true;
    await this.context.store.destroy(this.record.key);
    this.emit({ type: 'invalidated' });
  }

  /**
   * New ID, same attributes, old ID dead (Servlet's changeSessionId). Call it
   * whenever privileges change, so an ID planted before login is worthless.
   * `attributes`, if given, are set in the same store write (a login: the new
   * ID and the user in one step), with the events setAttribute would send.
   */
  async regenerate(attributes: Attributes = {}): Promise<void> {
    this.assertLive();
    const previous = this.fingerprint;
    const newId = newSessionId();
    let existed: string[] = [];
    const stored = await this.context.store.rename(this.record.key, sessionKey(newId), (current) => {
      existed = Object.keys(attributes).filter((name) => name in current.attributes);
      return { ...current, attributes: { ...current.attributes, ...attributes } };
    });
    if (!stored) throw new SessionEndedError();
    this.record = stored;
    this.sessionId = newId;
    this.emit({ type: 'regenerated', previous });
    for (const name of Object.keys(attributes)) {
      this.emit({ type: existed.includes(name) ? 'attributeReplaced' : 'attributeAdded', name });
    }
  }

  private async write(change: (current: SessionRecord) => SessionRecord | null): Promise<void> {
    this.assertLive();
    const stored = await this.context.store.update(this.record.key, change);
    if (!stored) throw new SessionEndedError();
    this.record = stored;
  }

  private assertLive(): void {
    if (this.invalidated) throw new SessionEndedError();
  }

  private emit(event: Omit<SessionEvent, 'id' | 'session' | 'at'>): void {
    const at = this.context.now();
    // The history goes when the session does: at its absolute deadline, or a minute after it ended.
    const keepUntil = event.type === 'invalidated' ? at : this.record.absoluteExpiresAt;
    this.context.events.publish({ ...event, id: newEventId(), session: this.fingerprint, at }, { keepUntil });
  }
}
