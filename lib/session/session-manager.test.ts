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
    expect(await store.get(session.id)).toBeNull();
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
    expect(await sweepExpired(manager, 10)).toBe(25);
    expect(await store.count()).toBe(1);
    expect(await store.get(live.id)).not.toBeNull();
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
    expect(await ctx.store.get(session.id)).toBeNull();
    expect(ctx.seen.at(-1)?.type).toBe('invalidated');
    await expect(session.setAttribute('x', 1)).rejects.toThrow(SessionEndedError);
  });

  it('a write to a session revoked by another request fails instead of resurrecting it', async () => {
    const session = await ctx.manager.create();
    const other = await ctx.manager.load(session.id, { touch: false });
    await other?.invalidate();
    await expect(session.setAttribute('cart', [])).rejects.toThrow(SessionEndedError);
    expect(await ctx.store.get(session.id)).toBeNull();
  });

  it('the fingerprint is stable, short, and does not contain the ID', async () => {
    const session = await ctx.manager.create();
    expect(session.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(session.id).not.toContain(session.fingerprint);
    expect(session.id.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
  });
});
