import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSessionId } from '../../lib/session/session-id';
import type { SessionStore } from '../../lib/session/store';
import type { SessionRecord } from '../../lib/session/types';

/** A record that starts at `now` with the given timeouts (seconds). */
export function makeRecord(now: number, overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: newSessionId(),
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
      expect(await store.get(record.id)).toEqual(record);
      expect(await store.count()).toBe(1);
      expect(await store.destroy(record.id)).toBe(true);
      expect(await store.get(record.id)).toBeNull();
      expect(await store.destroy(record.id)).toBe(false);
    });

    it('refuses to create a record whose ID is taken', async () => {
      const record = makeRecord(t0);
      await store.create(record);
      await expect(store.create({ ...record, attributes: {} })).rejects.toThrow();
      expect((await store.get(record.id))?.attributes).toEqual(record.attributes);
    });

    it('returns null for an ID it never issued', async () => {
      expect(await store.get(newSessionId())).toBeNull();
      expect(await store.touch(newSessionId(), t0)).toBe(false);
      expect(await store.update(newSessionId(), (r) => r)).toBeNull();
    });

    it('touch moves last access but never the absolute deadline', async () => {
      const record = makeRecord(t0);
      await store.create(record);
      expect(await store.touch(record.id, t0 + 5000)).toBe(true);
      const stored = await store.get(record.id);
      expect(stored?.lastAccessedAt).toBe(t0 + 5000);
      expect(stored?.absoluteExpiresAt).toBe(record.absoluteExpiresAt);
    });

    it('update is an atomic read-modify-write: 100 concurrent increments all land', async () => {
      const record = makeRecord(t0, { attributes: { counter: 0 } });
      await store.create(record);
      await Promise.all(
        Array.from({ length: 100 }, () =>
          store.update(record.id, (current) => ({
            ...current,
            attributes: { ...current.attributes, counter: (current.attributes.counter as number) + 1 },
          })),
        ),
      );
      expect((await store.get(record.id))?.attributes.counter).toBe(100);
    });

    it('update returning null leaves the record unchanged', async () => {
      const record = makeRecord(t0);
      await store.create(record);
      expect(await store.update(record.id, () => null)).toEqual(record);
      expect(await store.get(record.id)).toEqual(record);
    });

    it('update whose change throws writes nothing and passes the error on', async () => {
      const record = makeRecord(t0, { attributes: { counter: 1 } });
      await store.create(record);
      await expect(
        store.update(record.id, () => {
          throw new RangeError('refused by a rule');
        }),
      ).rejects.toThrow(RangeError);
      expect(await store.get(record.id)).toEqual(record);
    });

    it('rename moves the record and kills the old ID', async () => {
      const record = makeRecord(t0, { attributes: { userId: 'alice', cart: [1] } });
      await store.create(record);
      const newId = newSessionId();
      expect(await store.rename(record.id, newId)).toBe(true);
      expect(await store.get(record.id)).toBeNull();
      expect(await store.get(newId)).toEqual({ ...record, id: newId });
      expect((await store.listByUser('alice')).map((r) => r.id)).toEqual([newId]);
      expect(await store.rename(record.id, newSessionId())).toBe(false);
    });

    it('lists the sessions of one user, following login and logout', async () => {
      const a1 = makeRecord(t0, { attributes: { userId: 'alice' } });
      const a2 = makeRecord(t0 + 1, { attributes: { userId: 'alice' } });
      const b = makeRecord(t0, { attributes: { userId: 'bob' } });
      const anonymous = makeRecord(t0);
      for (const r of [a1, a2, b, anonymous]) await store.create(r);
      expect((await store.listByUser('alice')).map((r) => r.id).sort()).toEqual([a1.id, a2.id].sort());
      // Signing out of a1 (removing userId) takes it off alice's list.
      await store.update(a1.id, (r) => ({ ...r, attributes: {} }));
      expect((await store.listByUser('alice')).map((r) => r.id)).toEqual([a2.id]);
      await store.destroy(a2.id);
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
      expect([...first, ...rest].map((r) => r.id)).not.toContain(alive.id);
      expect(await store.get(alive.id)).not.toBeNull();
      expect(await store.count()).toBe(1);
    });

    it('a touch keeps an idle session out of the sweep', async () => {
      const record = makeRecord(t0, { maxInactiveInterval: 10 });
      await store.create(record);
      await store.touch(record.id, t0 + 9000);
      expect(await store.sweep(t0 + 12_000, 10)).toEqual([]);
      expect(await store.sweep(t0 + 19_000, 10)).toHaveLength(1);
    });

    it('answers ping while it is up', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
