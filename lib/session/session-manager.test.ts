import { beforeEach, describe, expect, it } from 'vitest';
import { LocalEventBus, type SessionEvent } from './events';
import { SessionEndedError } from './http-session';
import { SessionManager } from './session-manager';
import { SqliteSessionStore } from './sqlite-store';
import { sweepExpired } from './sweeper';

/** A manager on a fresh in-memory store with a clock the test moves by hand. */
function setup(policy = { idleTimeout: 60, absoluteTimeout: 600 }) {
  const clock = { now: 1_700_000_000_000 };
  const events = new LocalEventBus();
  const seen: SessionEvent[] = [];
  events.subscribe((event) => seen.push(event));
  const store = new SqliteSessionStore(':memory:');
  const manager = new SessionManager({ store, events, now: () => clock.now }, policy);
  const advance = (seconds: number) => {
    clock.now += seconds * 1000;
  };
  return { manager, store, clock, advance, seen };
}

describe('SessionManager timeouts (fake clock)', () => {
  it('a session idle past its timeout is gone, and reading it deletes the row', async () => {
    const { manager, store, advance, seen } = setup();
    const session = await manager.create();
    advance(59);
    expect(await manager.load(session.id, { touch: false })).not.toBeNull();
    advance(1);
    expect(await manager.load(session.id, { touch: false })).toBeNull();
    expect(await store.get(session.key)).toBeNull();
    expect(seen.at(-1)).toMatchObject({ type: 'expired', reason: 'idle', session: session.fingerprint });
  });

  it('activity pushes the idle deadline back', async () => {
    const { manager, advance } = setup();
    const session = await manager.create();
    for (let i = 0; i < 5; i++) {
      advance(50);
      expect(await manager.load(session.id, { touch: true })).not.toBeNull();
    }
    advance(61);
    expect(await manager.load(session.id, { touch: true })).toBeNull();
  });

  it('the absolute timeout ends even a busy session', async () => {
    const { manager, advance, seen } = setup({ idleTimeout: 60, absoluteTimeout: 120 });
    const session = await manager.create();
    advance(50);
    await manager.load(session.id, { touch: true });
    advance(50);
    await manager.load(session.id, { touch: true });
    advance(20);
    expect(await manager.load(session.id, { touch: true })).toBeNull();
    expect(seen.at(-1)).toMatchObject({ type: 'expired', reason: 'absolute' });
  });

  it('each session can have its own idle timeout', async () => {
    const { manager, advance } = setup();
    const short = await manager.create();
    const normal = await manager.create();
    await short.setMaxInactiveInterval(10);
    advance(11);
    expect(await manager.load(short.id, { touch: false })).toBeNull();
    expect((await manager.load(normal.id, { touch: false }))?.maxInactiveInterval).toBe(60);
  });

  it('the sweeper deletes expired sessions in batches and leaves live ones', async () => {
    const { manager, store, advance, seen } = setup();
    for (let i = 0; i < 25; i++) await manager.create();
    advance(30);
    const live = await manager.create();
    advance(31);
    expect(await sweepExpired(manager, { maxBatch: 10 })).toBe(25);
    expect(await store.count()).toBe(1);
    expect(await store.get(live.key)).not.toBeNull();
    expect(seen.filter((e) => e.type === 'expired')).toHaveLength(25);
  });

  it('lists only live sessions of a user', async () => {
    const { manager, advance } = setup();
    const old = await manager.create({ attributes: { userId: 'alice' } });
    await old.setMaxInactiveInterval(10);
    const current = await manager.create({ attributes: { userId: 'alice' } });
    advance(11);
    expect((await manager.listByUser('alice')).map((s) => s.fingerprint)).toEqual([current.fingerprint]);
  });
});

describe('HttpSession', () => {
  let ctx: ReturnType<typeof setup>;
  beforeEach(() => {
    ctx = setup();
  });

  it('isNew is true only for the request that created it', async () => {
    const session = await ctx.manager.create();
    expect(session.isNew).toBe(true);
    expect((await ctx.manager.load(session.id, { touch: true }))?.isNew).toBe(false);
  });

  it('set, replace and remove attributes, with the matching events', async () => {
    const session = await ctx.manager.create({ attributes: {} });
    await session.setAttribute('language', 'ko');
    await session.setAttribute('language', 'es');
    await session.removeAttribute('language');
    await session.removeAttribute('language'); // nothing to remove: no event
    expect(session.getAttribute('language')).toBeUndefined();
    expect(ctx.seen.map((e) => [e.type, e.name])).toEqual([
      ['created', undefined],
      ['attributeAdded', 'language'],
      ['attributeReplaced', 'language'],
      ['attributeRemoved', 'language'],
    ]);
  });

  it('updateAttribute sees the stored value, not a stale snapshot', async () => {
    const session = await ctx.manager.create({ attributes: { counter: 0 } });
    const otherRequest = await ctx.manager.load(session.id, { touch: false });
    await otherRequest?.updateAttribute<number>('counter', (n) => (n ?? 0) + 1);
    await session.updateAttribute<number>('counter', (n) => (n ?? 0) + 1);
    expect(session.getAttribute('counter')).toBe(2);
  });

  it('100 concurrent updates from many requests lose nothing', async () => {
    const session = await ctx.manager.create({ attributes: { counter: 0 } });
    const requests = await Promise.all(Array.from({ length: 100 }, () => ctx.manager.load(session.id, { touch: false })));
    await Promise.all(requests.map((r) => r?.updateAttribute<number>('counter', (n) => (n ?? 0) + 1)));
    expect((await ctx.manager.load(session.id, { touch: false }))?.getAttribute('counter')).toBe(100);
  });

  it('regenerate gives a new ID, keeps every attribute and kills the old ID', async () => {
    const session = await ctx.manager.create({ attributes: { cart: [{ productId: 'tea', quantity: 2 }], language: 'es' } });
    const oldId = session.id;
    const oldFingerprint = session.fingerprint;
    await session.regenerate();
    expect(session.id).not.toBe(oldId);
    expect(await ctx.manager.load(oldId, { touch: false })).toBeNull();
    const reloaded = await ctx.manager.load(session.id, { touch: false });
    expect(reloaded?.getAttributes()).toEqual({ cart: [{ productId: 'tea', quantity: 2 }], language: 'es' });
    expect(reloaded?.creationTime).toBe(session.creationTime);
    expect(ctx.seen.at(-1)).toMatchObject({ type: 'regenerated', previous: oldFingerprint, session: session.fingerprint });
  });

  it('invalidate deletes the row; later writes through it fail clearly', async () => {
    const session = await ctx.manager.create();
    await session.invalidate();
    expect(await ctx.store.get(session.key)).toBeNull();
    expect(ctx.seen.at(-1)?.type).toBe('invalidated');
    await expect(session.setAttribute('x', 1)).rejects.toThrow(SessionEndedError);
  });

  it('a write to a session revoked by another request fails instead of resurrecting it', async () => {
    const session = await ctx.manager.create();
    const other = await ctx.manager.load(session.id, { touch: false });
    await other?.invalidate();
    await expect(session.setAttribute('cart', [])).rejects.toThrow(SessionEndedError);
    expect(await ctx.store.get(session.key)).toBeNull();
  });

  it('the fingerprint is stable, short, and does not contain the ID', async () => {
    const session = await ctx.manager.create();
    expect(session.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(session.id).not.toContain(session.fingerprint);
    expect(session.id.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
  });

  it('a login (new ID plus the user) is one store write, with the events of a rotation and three setAttribute calls', async () => {
    const session = await ctx.manager.create({ attributes: { csrfToken: 'planted', language: 'en' } });
    const before = session.fingerprint;
    const changes = () => (ctx.store.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const start = changes();
    const seenBefore = ctx.seen.length;
    await session.regenerate({ userId: 'alice', role: 'user', csrfToken: 'fresh' });
    expect(changes() - start).toBe(1);
    expect(ctx.seen.slice(seenBefore).map(({ type, name, previous, session: fp }) => ({ type, name, previous, fp }))).toEqual([
      { type: 'regenerated', name: undefined, previous: before, fp: session.fingerprint },
      { type: 'attributeAdded', name: 'userId', previous: undefined, fp: session.fingerprint },
      { type: 'attributeAdded', name: 'role', previous: undefined, fp: session.fingerprint },
      { type: 'attributeReplaced', name: 'csrfToken', previous: undefined, fp: session.fingerprint },
    ]);
    expect((await ctx.manager.load(session.id, { touch: false }))?.getAttributes()).toEqual({
      csrfToken: 'fresh',
      language: 'en',
      userId: 'alice',
      role: 'user',
    });
    expect((await ctx.manager.listByUser('alice')).map((listed) => listed.fingerprint)).toEqual([session.fingerprint]);
  });

  it('a request that touches writes at most once a second, through one store call', async () => {
    const session = await ctx.manager.create();
    const changes = () => (ctx.store.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    const start = changes();
    await ctx.manager.load(session.id, { touch: true });
    expect(changes() - start).toBe(0);
    ctx.clock.now += 1000;
    const loaded = await ctx.manager.load(session.id, { touch: true });
    expect(changes() - start).toBe(1);
    expect(loaded?.lastAccessedTime).toBe(ctx.clock.now);
    expect((await ctx.store.get(session.key))?.lastAccessedAt).toBe(ctx.clock.now);
  });

  it('finds a session by fingerprint however many newer ones there are; a found session cannot be opened', async () => {
    const oldest = await ctx.manager.create();
    for (let i = 0; i < 10_050; i++) {
      ctx.clock.now += 1;
      await ctx.manager.create();
    }
    const found = await ctx.manager.findByFingerprint(oldest.fingerprint);
    expect(found?.key).toBe(oldest.key);
    expect(() => found?.id).toThrow(/no ID/);
    await ctx.manager.revoke(found!);
    expect(await ctx.manager.load(oldest.id, { touch: false })).toBeNull();
    expect(await ctx.manager.findByFingerprint(oldest.fingerprint)).toBeNull();
  });

  it('finds no session by the fingerprint of one past its deadline', async () => {
    const session = await ctx.manager.create();
    ctx.clock.now += 61_000;
    expect(await ctx.manager.findByFingerprint(session.fingerprint)).toBeNull();
  });
});
