import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LocalEventBus } from '../session/events';
import type { HttpSession } from '../session/http-session';
import { SessionManager } from '../session/session-manager';
import { SqliteSessionStore } from '../session/sqlite-store';
import { WireRecorder } from '../wire/recorder';
import { SqliteWireStore } from '../wire/sqlite-wire-store';
import {
  endAllEventStreams,
  GONE_GRACE_MS,
  MAX_STREAMS_PER_SESSION,
  missedEvents,
  nextCheckDelay,
  openSessionEventStream,
  openStreamCount,
} from './event-stream';

/** Parses what EventSource would see: `event:` + JSON `data:` blocks; comments and `retry:` are kept as text. */
function parse(text: string) {
  return text
    .split('\n\n')
    .filter(Boolean)
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      return event ? { event, data: JSON.parse(data ?? 'null') } : { raw: block };
    });
}

async function setup(idleTimeout = 60, wire?: WireRecorder) {
  const store = new SqliteSessionStore(':memory:');
  const manager = new SessionManager({ store, events: new LocalEventBus(), now: () => Date.now() }, { idleTimeout, absoluteTimeout: 3600 });
  const session = await manager.create();
  const abort = new AbortController();
  const stream = openSessionEventStream({ manager, session, signal: abort.signal, heartbeatMs: 15_000, pollMs: 5_000, wire });
  if (!stream) throw new Error('stream refused');
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let done = false;
  // Reads in the background; fake timers let each test move time on.
  void (async () => {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) {
        done = true;
        return;
      }
      text += decoder.decode(chunk.value);
    }
  })();
  return {
    manager,
    store,
    session,
    abort,
    messages: () => parse(text),
    text: () => text,
    isDone: () => done,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_700_000_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the session event stream', () => {
  it('starts with a retry hint and the deadlines of the watched session', async () => {
    const { session, messages, abort } = await setup();
    await vi.advanceTimersByTimeAsync(0);
    expect(messages()[0]).toEqual({ raw: 'retry: 1000' });
    expect(messages()[1]).toEqual({
      event: 'ready',
      data: {
        session: session.fingerprint,
        idleExpiresAt: session.idleExpiresAt,
        absoluteExpiresAt: session.absoluteExpiresAt,
        maxInactiveInterval: 60,
      },
    });
    abort.abort();
  });

  it("forwards this session's attribute events and not another session's", async () => {
    const { manager, session, messages, abort } = await setup();
    const other = await manager.create();
    await other.setAttribute('cart', [{ productId: 'tea', quantity: 1 }]);
    await session.setAttribute('labNote', 'hello');
    await session.setAttribute('labNote', 'again');
    await session.removeAttribute('labNote');
    await vi.advanceTimersByTimeAsync(0);
    const events = messages().filter((m) => 'event' in m && m.event === 'session');
    expect(events.map((m) => 'data' in m && [m.data.type, m.data.name, m.data.session])).toEqual([
      ['attributeAdded', 'labNote', session.fingerprint],
      ['attributeReplaced', 'labNote', session.fingerprint],
      ['attributeRemoved', 'labNote', session.fingerprint],
    ]);
    abort.abort();
  });

  it('sends a heartbeat comment so proxies keep the connection open', async () => {
    const { text, abort } = await setup();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(text()).toContain(': heartbeat\n\n');
    abort.abort();
  });

  it('ends after `regenerated`: the old cookie no longer opens anything, the browser reconnects with the new one', async () => {
    const { session, messages, isDone } = await setup();
    const before = session.fingerprint;
    await session.regenerate();
    await vi.advanceTimersByTimeAsync(0);
    expect(messages().at(-1)).toMatchObject({
      event: 'session',
      data: { type: 'regenerated', previous: before, session: session.fingerprint },
    });
    expect(isDone()).toBe(true);
    expect(openStreamCount(before)).toBe(0);
  });

  it.each([
    ['regenerated', (session: HttpSession) => session.regenerate()],
    ['expired', () => vi.advanceTimersByTimeAsync(10_300)],
  ])('on `%s`, hands on the requests noted just before it ends, though their batch was not due yet', async (_, end) => {
    // The real recorder on its own store, with batches a minute apart: only the end can build this one in time.
    let watched = '';
    const store = new Database(':memory:');
    const wire = new WireRecorder({
      cookieName: 'sid',
      fingerprintOf: (sealed) => (sealed === 'old' ? watched : undefined),
      store: new SqliteWireStore(store),
      flushMs: 60_000,
    });
    const { session, messages, isDone } = await setup(10, wire);
    watched = session.fingerprint;
    await vi.advanceTimersByTimeAsync(0); // the stored entries are replayed (none): live ones flow from here
    wire.record({ method: 'GET', url: '/api/cart', headers: { cookie: 'sid=old' } }, 200, []);
    await end(session);
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone()).toBe(true);
    const sent = messages().filter((m) => 'event' in m && m.event === 'wire');
    expect(sent.map((m) => 'data' in m && [m.data.path, m.data.steps])).toEqual([['/api/cart', ['sentBack']]]);
    store.close();
  });

  it('ends after `invalidated`', async () => {
    const { session, messages, isDone } = await setup();
    await session.invalidate();
    await vi.advanceTimersByTimeAsync(0);
    expect(messages().at(-1)).toMatchObject({ event: 'session', data: { type: 'invalidated' } });
    expect(isDone()).toBe(true);
  });

  it('does not keep the session alive: an idle session expires while watched, on time, and the stream says so', async () => {
    const { store, session, messages, isDone } = await setup(10);
    await vi.advanceTimersByTimeAsync(9_900);
    expect(isDone()).toBe(false);
    expect(await store.get(session.key)).not.toBeNull();
    await vi.advanceTimersByTimeAsync(300);
    expect(messages().at(-1)).toMatchObject({ event: 'session', data: { type: 'expired', reason: 'idle', session: session.fingerprint } });
    expect(isDone()).toBe(true);
    expect(await store.get(session.key)).toBeNull();
  });

  it("tells the browser when another tab's activity moves the idle deadline", async () => {
    const { manager, session, messages, abort } = await setup(10);
    await vi.advanceTimersByTimeAsync(4_000);
    await manager.load(session.id, { touch: true }); // another tab loads a page
    await vi.advanceTimersByTimeAsync(5_000);
    const deadline = messages().find((m) => 'event' in m && m.event === 'deadline');
    expect(deadline).toMatchObject({ event: 'deadline', data: { idleExpiresAt: 1_700_000_004_000 + 10_000 } });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(messages().some((m) => 'data' in m && m.data?.type === 'expired')).toBe(false);
    abort.abort();
  });

  it('notices a new idle timeout within one poll', async () => {
    const { session, messages, abort } = await setup(60);
    await session.setMaxInactiveInterval(10);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(messages().find((m) => 'event' in m && m.event === 'deadline')).toMatchObject({ data: { maxInactiveInterval: 10 } });
    abort.abort();
  });

  it('says `gone` when the row disappears without an event here (another instance deleted it)', async () => {
    const { store, session, messages, isDone } = await setup();
    await store.destroy(session.key);
    await vi.advanceTimersByTimeAsync(5_000 + GONE_GRACE_MS);
    expect(messages().at(-1)).toEqual({ event: 'gone', data: { session: session.fingerprint } });
    expect(isDone()).toBe(true);
  });

  it('cleans up when the browser goes away: no more events, the slot is free', async () => {
    const { session, abort, isDone, messages } = await setup();
    expect(openStreamCount(session.fingerprint)).toBe(1);
    abort.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone()).toBe(true);
    expect(openStreamCount(session.fingerprint)).toBe(0);
    const count = messages().length;
    await session.setAttribute('labNote', 'after');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(messages()).toHaveLength(count);
  });

  it(`refuses more than ${MAX_STREAMS_PER_SESSION} streams for one session`, async () => {
    const { manager, session, abort } = await setup();
    const extra = new AbortController();
    const streams = Array.from({ length: MAX_STREAMS_PER_SESSION - 1 }, () =>
      openSessionEventStream({ manager, session, signal: extra.signal }),
    );
    expect(streams.every(Boolean)).toBe(true);
    expect(openSessionEventStream({ manager, session, signal: extra.signal })).toBeNull();
    extra.abort();
    abort.abort();
    expect(openStreamCount(session.fingerprint)).toBe(0);
  });
});

describe('nextCheckDelay', () => {
  it.each([
    [60_000, 5_000],
    [6_500, 5_000],
    [5_000, 4_000],
    [800, 900],
    [-50, 100],
  ])('%i ms before the deadline → check in %i ms', (untilDeadline, delay) => {
    expect(nextCheckDelay(0, untilDeadline, 5_000)).toBe(delay);
  });
});

describe('reconnecting after a regeneration (Last-Event-ID)', () => {
  it('replays what happened between the old stream ending and the new one opening', async () => {
    const { manager, session, messages, isDone } = await setup();
    await session.regenerate();
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone()).toBe(true); // the old stream ends on regenerated
    const regenerated = messages().find((m) => 'event' in m && m.data.type === 'regenerated');
    // The gap: a login writes attributes before the browser reconnects.
    await session.setAttribute('userId', 'alice');
    await session.setAttribute('role', 'user');
    const stream = openSessionEventStream({
      manager,
      session,
      signal: new AbortController().signal,
      lastEventId: (regenerated as { data: { id: string } }).data.id,
    });
    const reader = stream!.getReader();
    // start() queues retry, ready and the replayed events at once: one chunk each.
    let text = '';
    for (let i = 0; i < 4; i++) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    const replayed = parse(text).filter((m) => 'event' in m && m.event === 'session');
    expect(replayed.map((m) => ('data' in m ? m.data.name : null))).toEqual(['userId', 'role']);
    expect(text).toMatch(/^id: /m);
  });

  it('replays nothing for an unknown or missing id', () => {
    const history = [1, 2, 3].map((n) => ({ id: `e${n}`, type: 'attributeAdded' as const, session: 'f', at: n }));
    expect(missedEvents(history, 'e1').map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(missedEvents(history, 'e3')).toEqual([]);
    expect(missedEvents(history, 'nope')).toEqual([]);
    expect(missedEvents(history, null)).toEqual([]);
  });
});

// Last in this file: once called, every stream this module opens ends at once.
describe('endAllEventStreams (the server is shutting down)', () => {
  it('ends every open stream, frees its slot, and ends a stream opened afterwards at once', async () => {
    const first = await setup();
    const second = await setup();
    await vi.advanceTimersByTimeAsync(0);
    endAllEventStreams();
    await vi.advanceTimersByTimeAsync(0);
    expect(first.isDone()).toBe(true);
    expect(second.isDone()).toBe(true);
    expect(openStreamCount(first.session.fingerprint)).toBe(0);
    // What a stream sent before it ended is whole: the browser saw `ready`, then the end.
    expect(first.messages().at(-1)).toMatchObject({ event: 'ready' });

    const late = await setup();
    await vi.advanceTimersByTimeAsync(0);
    expect(late.isDone()).toBe(true);
    expect(late.text()).toBe('');
    expect(openStreamCount(late.session.fingerprint)).toBe(0);
  });
});
