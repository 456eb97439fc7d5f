import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { WireRecorder } from './recorder';
import { SqliteWireStore } from './sqlite-wire-store';
import { WIRE_ENTRIES_PER_SESSION, type WireEntry } from './wire-entry';
import { MAX_QUEUED } from './write-queue';

const SEALED_A = `Fe26.2*1*${'a'.repeat(180)}~2`;
const SEALED_B = `Fe26.2*1*${'b'.repeat(180)}~2`;
const sessions: Record<string, string> = { [SEALED_A]: 'fp-a', [SEALED_B]: 'fp-b' };

function recorder() {
  // The real store, on a database of its own (the contract suites run it on files and Redis).
  const store = new SqliteWireStore(new Database(':memory:'));
  const wire = new WireRecorder({ cookieName: 'sid', fingerprintOf: (sealed) => sessions[sealed], now: () => 1_000, store });
  const built: WireEntry[] = [];
  for (const session of Object.values(sessions)) wire.subscribe(session, (entry) => built.push(entry));
  /** Notes one response and builds it, as the next batch does: its entry, or null when it is not kept. */
  const record = async (...args: Parameters<WireRecorder['record']>) => {
    const before = built.length;
    wire.record(...args);
    await wire.flush();
    return built.length > before ? built.at(-1)! : null;
  };
  return { wire, record };
}

const get = (url: string, cookie?: string) => ({ method: 'GET', url, headers: cookie ? { cookie } : {} });

describe('WireRecorder', () => {
  it('attaches a first request to the session its Set-Cookie creates, and keeps no value but the shortened ID', async () => {
    const { record } = recorder();
    const entry = await record(get('/?x=1', 'theme=dark-and-secret'), 200, [`sid=${SEALED_A}; Path=/; HttpOnly; SameSite=lax`]);
    expect(entry).toMatchObject({ session: 'fp-a', path: '/', kind: 'page', status: 200, steps: ['noCookie', 'setCookie'] });
    expect(entry!.sent).toEqual([{ name: 'theme', bytes: 'theme=dark-and-secret'.length }]);
    expect(entry!.received[0]).toMatchObject({ name: 'sid', attributes: ['Path=/', 'HttpOnly', 'SameSite=lax'], deletes: false });
    expect(entry!.received[0]!.sealed).toMatch(/^Fe26\.2\*1\*a+…a+~2$/);
    expect(JSON.stringify(entry)).not.toContain('dark-and-secret');
    expect(JSON.stringify(entry)).not.toContain(SEALED_A);
    // A cookie that names no session this server knows (forged, or from before an expiry): a new session.
    expect((await record(get('/', 'sid=forged'), 200, [`sid=${SEALED_B}; Path=/; HttpOnly`]))!.steps).toEqual([
      'unknownCookie',
      'setCookie',
    ]);
  });

  it('labels the ID sent back, a rotation (the list follows the session) and the deletion', async () => {
    const { wire, record } = recorder();
    await record(get('/'), 200, [`sid=${SEALED_A}; Path=/; HttpOnly`]);
    expect((await record(get('/api/cart', `sid=${SEALED_A}`), 200, []))!.steps).toEqual(['sentBack']);
    wire.noteEvent({ id: 'e', type: 'regenerated', session: 'fp-b', previous: 'fp-a', at: 1 });
    const login = await record({ method: 'POST', url: '/api/login', headers: { cookie: `sid=${SEALED_A}` } }, 200, [
      `sid=${SEALED_B}; Path=/; HttpOnly`,
    ]);
    expect(login).toMatchObject({ session: 'fp-b', steps: ['rotated', 'setCookie'], received: [{ replaces: true }] });
    expect(await wire.recent('fp-a')).toEqual([]);
    expect((await wire.recent('fp-b')).map((e) => e.steps[0])).toEqual(['noCookie', 'sentBack', 'rotated']);
    wire.noteEvent({ id: 'f', type: 'invalidated', session: 'fp-b', at: 2 });
    const logout = await record({ method: 'POST', url: '/', headers: { cookie: `sid=${SEALED_B}`, 'next-action': 'x' } }, 303, [
      'sid=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT',
    ]);
    expect(logout).toMatchObject({ session: 'fp-b', kind: 'action', steps: ['deleted'], received: [{ deletes: true, replaces: false }] });
    expect((await record(get('/api/events', `sid=${SEALED_B}`), 401, []))!.steps).toEqual(['sentEnded']);
  });

  it('keeps only requests that belong to a session, no static files, and a bounded list per session', async () => {
    const { wire, record } = recorder();
    expect(await record(get('/api/health'), 200, [])).toBeNull();
    expect(await record(get('/', 'sid=forged'), 200, [])).toBeNull();
    expect(await record(get('/_next/static/chunk.js', `sid=${SEALED_A}`), 200, [])).toBeNull();
    expect(await record(get('/icon.svg', `sid=${SEALED_A}`), 200, [])).toBeNull();
    for (let i = 0; i < WIRE_ENTRIES_PER_SESSION + 5; i++) await record(get(`/p${i}`, `sid=${SEALED_A}`), 200, []);
    const list = await wire.recent('fp-a');
    expect(list).toHaveLength(WIRE_ENTRIES_PER_SESSION);
    expect(list.at(-1)!.path).toBe(`/p${WIRE_ENTRIES_PER_SESSION + 4}`);
    expect(await wire.recent('fp-b')).toEqual([]);
  });

  it('tells the subscribers of that session only', async () => {
    const { wire, record } = recorder();
    const seenA: string[] = [];
    const seenB: string[] = [];
    const stop = wire.subscribe('fp-a', (e) => seenA.push(e.path));
    wire.subscribe('fp-b', (e) => seenB.push(e.path));
    await record(get('/one', `sid=${SEALED_A}`), 200, []);
    stop();
    await record(get('/two', `sid=${SEALED_A}`), 200, []);
    expect(seenA).toEqual(['/one']);
    expect(seenB).toEqual([]);
  });

  it('bounds what a client can pack into its Cookie header', async () => {
    const { record } = recorder();
    const header = [`sid=${SEALED_A}`, ...Array.from({ length: 500 }, (_, i) => `${'n'.repeat(200)}${i}=1`)].join('; ');
    const entry = (await record(get('/', header), 200, []))!;
    expect(entry.sent.length).toBeLessThanOrEqual(50);
    expect(entry.sent[1]!.name.length).toBeLessThanOrEqual(65);
  });
});

describe('WireRecorder, what it leaves out', () => {
  it("uses the Cookie header as the browser sent it, and skips Next.js's link prefetches", async () => {
    const { record } = recorder();
    // proxy.ts adds the new session's cookie to the request for the page; the browser sent none.
    const first = await record({ ...get('/', `sid=${SEALED_A}`), cookie: undefined }, 200, [`sid=${SEALED_A}; Path=/; HttpOnly`]);
    expect(first).toMatchObject({ steps: ['noCookie', 'setCookie'], sent: [], received: [{ replaces: false }] });
    expect(
      await record({ ...get('/shop', `sid=${SEALED_A}`), headers: { cookie: `sid=${SEALED_A}`, 'next-router-prefetch': '1' } }, 200, []),
    ).toBeNull();
  });
});

describe('WireRecorder, off the response path', () => {
  it('builds nothing as the head is written: a stream hears of the request with the next batch, within flushMs', async () => {
    const store = new SqliteWireStore(new Database(':memory:'));
    const wire = new WireRecorder({ cookieName: 'sid', fingerprintOf: (sealed) => sessions[sealed], store, flushMs: 5 });
    const seen: string[] = [];
    wire.subscribe('fp-a', (entry) => seen.push(entry.path));
    wire.record(get('/one', `sid=${SEALED_A}`), 200, []);
    expect(seen).toEqual([]);
    await expect.poll(() => seen).toEqual(['/one']);
  });

  it('labels each request as of its place among the events: sent back before the logout, sent after it', async () => {
    const { wire } = recorder();
    wire.record(get('/before', `sid=${SEALED_A}`), 200, []);
    wire.noteEvent({ id: 'e', type: 'invalidated', session: 'fp-a', at: 1 });
    wire.record(get('/after', `sid=${SEALED_A}`), 401, []);
    const list = await wire.recent('fp-a');
    expect(list.map((entry) => [entry.path, entry.steps])).toEqual([
      ['/before', ['sentBack']],
      ['/after', ['sentEnded']],
    ]);
  });

  it('a request it cannot read costs the batch nothing else, and is logged', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = new SqliteWireStore(new Database(':memory:'));
    const fingerprintOf = (sealed: string) => {
      if (sealed === 'boom') throw new Error('unreadable');
      return sessions[sealed];
    };
    const wire = new WireRecorder({ cookieName: 'sid', fingerprintOf, store });
    wire.record(get('/one', 'sid=boom'), 200, []);
    wire.record(get('/two', `sid=${SEALED_A}`), 200, []);
    expect((await wire.recent('fp-a')).map((entry) => entry.path)).toEqual(['/two']);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('a login in the same batch as the requests before it: they move to the new ID, in order', async () => {
    const { wire } = recorder();
    wire.record(get('/'), 200, [`sid=${SEALED_A}; Path=/; HttpOnly`]);
    wire.record(get('/shop', `sid=${SEALED_A}`), 200, []);
    wire.noteEvent({ id: 'r', type: 'regenerated', session: 'fp-b', previous: 'fp-a', at: 1 });
    wire.record({ method: 'POST', url: '/api/login', headers: { cookie: `sid=${SEALED_A}` } }, 200, [`sid=${SEALED_B}; Path=/; HttpOnly`]);
    expect((await wire.recent('fp-b')).map((entry) => [entry.path, entry.steps[0]])).toEqual([
      ['/', 'noCookie'],
      ['/shop', 'sentBack'],
      ['/api/login', 'rotated'],
    ]);
    expect(await wire.recent('fp-a')).toEqual([]);
  });

  it('past MAX_QUEUED noted between two batches it drops the oldest responses, never an end', async () => {
    const { wire } = recorder();
    wire.noteEvent({ id: 'e', type: 'invalidated', session: 'fp-a', at: 1 });
    for (let i = 0; i < MAX_QUEUED + 10; i++) wire.record(get(`/p${i}`, `sid=${SEALED_A}`), 401, []);
    const list = await wire.recent('fp-a');
    expect(list.at(-1)!.path).toBe(`/p${MAX_QUEUED + 9}`);
    expect(list.every((entry) => entry.steps[0] === 'sentEnded')).toBe(true);
  });
});
