import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOfKey, newSessionId, sessionKey } from '../../lib/session/session-id';
import type { SessionStore } from '../../lib/session/store';
import type { SessionRecord } from '../../lib/session/types';

/** A fresh store key, as the manager derives it from a new session ID. */
export function newKey(): string {
  return sessionKey(newSessionId());
}

/** A record that starts at `now` with the given timeouts (seconds). */
export function makeRecord(now: number, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    key: newKey(),
    createdAt: now,
    lastAccessedAt: now,
    maxInactiveInterval: 1800,
    absoluteExpiresAt: now + 28_800_000,
    userAgent: 'test',
    attributes: { cart: [], language: 'en' },
    ...overrides,
  };
}

/**
 * What every SessionStore must do, as tests. Each store's test file calls this
 * with a factory for a fresh, empty store.
 */
export function describeSessionStore(name: string, makeStore: () => Promise<SessionStore>) {
  describe(`${name} store contract`, () => {
    let store: SessionStore;
    // The real time, not a fixed date: a store may hand deadlines to a server
    // that keeps its own clock (Redis key TTLs), which would delete a session
    // dated in the past at once. Timeouts are still checked through the `now`
    // each test passes in.
    let t0 = Date.now();

    beforeEach(async () => {
      t0 = Date.now();
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it('creates, reads and destroys a record', async () => {
      const record = makeRecord(t0, { attributes: { language: 'ko', cart: [{ productId: 'tea', quantity: 2 }] } });
      await store.create(record);
      expect(await store.get(record.key)).toEqual(record);
      expect(await store.count()).toBe(1);
      expect(await store.destroy(record.key)).toBe(true);
      expect(await store.get(record.key)).toBeNull();
      expect(await store.destroy(record.key)).toBe(false);
    });

    it('refuses to create a record whose ID is taken', async () => {
      const record = makeRecord(t0);
      await store.create(record);
      await expect(store.create({ ...record, attributes: {} })).rejects.toThrow();
      expect((await store.get(record.key))?.attributes).toEqual(record.attributes);
    });

    it('returns null for an ID it never issued', async () => {
      expect(await store.get(newKey())).toBeNull();
      expect(await store.touch(newKey(), t0)).toBe(false);
      expect(await store.update(newKey(), (r) => r)).toBeNull();
    });

    it('touch moves last access but never the absolute deadline', async () => {
      const record = makeRecord(t0);
      await store.create(record);
      expect(await store.touch(record.key, t0 + 5000)).toBe(true);
      const stored = await store.get(record.key);
      expect(stored?.lastAccessedAt).toBe(t0 + 5000);
      expect(stored?.absoluteExpiresAt).toBe(record.absoluteExpiresAt);
    });

    it('update is an atomic read-modify-write: 100 concurrent increments all land', async () => {
      const record = makeRecord(t0, { attributes: { counter: 0 } });
      await store.create(record);
      await Promise.all(
        Array.from({ length: 100 }, () =>
          store.update(record.key, (current) => ({
            ...current,
            attributes: { ...current.attributes, counter: (current.attributes.counter as number) + 1 },
          })),
        ),
      );
      expect((await store.get(record.key))?.attributes.counter).toBe(100);
    });

    it('update returning null leaves the record unchanged', async () => {
      const record = makeRecord(t0);
      await store.create(record);
      expect(await store.update(record.key, () => null)).toEqual(record);
      expect(await store.get(record.key)).toEqual(record);
    });

    it('update whose change throws writes nothing and passes the error on', async () => {
      const record = makeRecord(t0, { attributes: { counter: 1 } });
      await store.create(record);
      await expect(
        store.update(record.key, () => {
          throw new RangeError('refused by a rule');
        }),
      ).rejects.toThrow(RangeError);
      expect(await store.get(record.key)).toEqual(record);
    });

    it('rename moves the record and kills the old key', async () => {
      const record = makeRecord(t0, { attributes: { userId: 'alice', cart: [1] } });
      await store.create(record);
      const moved = newKey();
      expect(await store.rename(record.key, moved)).toEqual({ ...record, key: moved });
      expect(await store.get(record.key)).toBeNull();
      expect(await store.getByFingerprint(fingerprintOfKey(record.key))).toBeNull();
      expect(await store.get(moved)).toEqual({ ...record, key: moved });
      expect((await store.listByUser('alice')).map((r) => r.key)).toEqual([moved]);
      expect(await store.rename(record.key, newKey())).toBeNull();
    });

    it('rename with a change moves and rewrites the record in one step, indexes included', async () => {
      const record = makeRecord(t0, { attributes: { cart: [1], csrfToken: 'before' } });
      await store.create(record);
      const moved = newKey();
      const stored = await store.rename(record.key, moved, (current) => ({
        ...current,
        attributes: { ...current.attributes, userId: 'alice', csrfToken: 'after' },
      }));
      const expected = { ...record, key: moved, attributes: { cart: [1], csrfToken: 'after', userId: 'alice' } };
      expect(stored).toEqual(expected);
      expect(await store.get(moved)).toEqual(expected);
      expect(await store.get(record.key)).toBeNull();
      expect((await store.listByUser('alice')).map((r) => r.key)).toEqual([moved]);
      // Signing out of the renamed session takes it off the list again.
      await store.rename(moved, newKey(), (current) => ({ ...current, attributes: {} }));
      expect(await store.listByUser('alice')).toEqual([]);
      expect(await store.count()).toBe(1);
    });

    it('rename refuses a key that is taken and changes nothing', async () => {
      const [a, b] = [makeRecord(t0, { attributes: { n: 1 } }), makeRecord(t0, { attributes: { n: 2 } })];
      await store.create(a);
      await store.create(b);
      await expect(store.rename(a.key, b.key)).rejects.toThrow();
      expect(await store.get(a.key)).toEqual(a);
      expect(await store.get(b.key)).toEqual(b);
    });

    it('finds a record by its fingerprint (the start of its key), and nothing by another', async () => {
      const record = makeRecord(t0, { attributes: { userId: 'alice' } });
      const other = makeRecord(t0);
      await store.create(record);
      await store.create(other);
      expect(await store.getByFingerprint(fingerprintOfKey(record.key))).toEqual(record);
      expect(await store.getByFingerprint(fingerprintOfKey(newKey()))).toBeNull();
      await store.destroy(record.key);
      expect(await store.getByFingerprint(fingerprintOfKey(record.key))).toBeNull();
      expect(await store.getByFingerprint(fingerprintOfKey(other.key))).toEqual(other);
    });

    it('only the whole key opens a record: another key with the same fingerprint opens nothing', async () => {
      const record = makeRecord(t0);
      await store.create(record);
      const sameFingerprint = `${fingerprintOfKey(record.key)}${'0'.repeat(record.key.length - 16)}`;
      expect(await store.get(sameFingerprint)).toBeNull();
      expect(await store.getAndTouch(sameFingerprint, t0 + 5000, 0)).toBeNull();
      expect(await store.touch(sameFingerprint, t0 + 5000)).toBe(false);
      expect(await store.update(sameFingerprint, (r) => ({ ...r, attributes: {} }))).toBeNull();
      expect(await store.destroy(sameFingerprint)).toBe(false);
      expect(await store.get(record.key)).toEqual(record);
    });

    it('getAndTouch reads and records activity in one step, once the last activity is old enough', async () => {
      const record = makeRecord(t0);
      await store.create(record);
      // Too recent: read, not written.
      expect(await store.getAndTouch(record.key, t0 + 500, 1000)).toEqual(record);
      expect((await store.get(record.key))?.lastAccessedAt).toBe(t0);
      // Old enough: the record comes back touched, and is stored so.
      const touched = await store.getAndTouch(record.key, t0 + 5000, 1000);
      expect(touched).toEqual({ ...record, lastAccessedAt: t0 + 5000 });
      expect(await store.get(record.key)).toEqual(touched);
      expect(await store.getAndTouch(newKey(), t0, 0)).toBeNull();
    });

    it('getAndTouch moves the idle deadline for the sweep, but never revives a dead record', async () => {
      const record = makeRecord(t0, { maxInactiveInterval: 10 });
      await store.create(record);
      await store.getAndTouch(record.key, t0 + 9000, 1000);
      expect(await store.sweep(t0 + 12_000, 10)).toEqual([]);
      // Past its idle deadline (t0 + 19 s): returned as it is, for the caller to end.
      const dead = await store.getAndTouch(record.key, t0 + 20_000, 1000);
      expect(dead?.lastAccessedAt).toBe(t0 + 9000);
      expect(await store.sweep(t0 + 20_000, 10)).toEqual([{ fingerprint: fingerprintOfKey(record.key), reason: 'idle' }]);
    });

    it('lists the sessions of one user, following login and logout', async () => {
      const a1 = makeRecord(t0, { attributes: { userId: 'alice' } });
      const a2 = makeRecord(t0 + 1, { attributes: { userId: 'alice' } });
      const b = makeRecord(t0, { attributes: { userId: 'bob' } });
      const anonymous = makeRecord(t0);
      for (const r of [a1, a2, b, anonymous]) await store.create(r);
      expect((await store.listByUser('alice')).map((r) => r.key).sort()).toEqual([a1.key, a2.key].sort());
      // Signing out of a1 (removing userId) takes it off alice's list.
      await store.update(a1.key, (r) => ({ ...r, attributes: {} }));
      expect((await store.listByUser('alice')).map((r) => r.key)).toEqual([a2.key]);
      await store.destroy(a2.key);
      expect(await store.listByUser('alice')).toEqual([]);
      expect((await store.listAll(10)).length).toBe(3);
      expect((await store.listAll(2)).length).toBe(2);
    });

    it('sweep deletes only expired records, in batches, and returns them', async () => {
      const idle = makeRecord(t0, { maxInactiveInterval: 10 });
      const absolute = makeRecord(t0, { absoluteExpiresAt: t0 + 5000 });
      const alive = makeRecord(t0);
      const extra = Array.from({ length: 5 }, () => makeRecord(t0, { maxInactiveInterval: 10 }));
      for (const r of [idle, absolute, alive, ...extra]) await store.create(r);
      const now = t0 + 11_000;
      const first = await store.sweep(now, 3);
      expect(first).toHaveLength(3);
      const rest = await store.sweep(now, 100);
      expect(rest).toHaveLength(4);
      const reasons = new Map([...first, ...rest].map((r) => [r.fingerprint, r.reason]));
      expect(reasons.has(fingerprintOfKey(alive.key))).toBe(false);
      expect(reasons.get(fingerprintOfKey(idle.key))).toBe('idle');
      expect(reasons.get(fingerprintOfKey(absolute.key))).toBe('absolute');
      expect(await store.get(alive.key)).not.toBeNull();
      expect(await store.count()).toBe(1);
    });

    it('a touch keeps an idle session out of the sweep', async () => {
      const record = makeRecord(t0, { maxInactiveInterval: 10 });
      await store.create(record);
      await store.touch(record.key, t0 + 9000);
      expect(await store.sweep(t0 + 12_000, 10)).toEqual([]);
      expect(await store.sweep(t0 + 19_000, 10)).toHaveLength(1);
    });

    it('answers ping while it is up', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
