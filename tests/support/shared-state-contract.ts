import { describe, expect, it } from 'vitest';
import type { RoleStore } from '../../lib/auth/role-store';
import type { ArrivalStore } from '../../lib/labs/arrival-store';
import type { Arrival } from '../../lib/labs/cross-site';
import { StoreUnavailableError } from '../../lib/session/store';
import { WIRE_ENTRIES_PER_SESSION, type WireEntry } from '../../lib/wire/wire-entry';
import type { WireStore } from '../../lib/wire/wire-store';

/*
 * What every store of the small shared state must do: the wire view's
 * entries, the cross-site lab's arrivals and granted roles. `pair()` gives two
 * stores on the same backing data (two app instances on one Redis or
 * cluster, or two processes on one SQLite file), fresh for each test;
 * `down()` one whose backing is unreachable.
 */

let n = 0;
/** A fingerprint-shaped session name, new for each call. */
export const newSession = () => `${(Date.now() % 1e6).toString(16)}${(n++).toString(16).padStart(6, '0')}abcdef`.slice(0, 16);

export function wireEntry(session: string, path: string, steps: WireEntry['steps'] = ['sentBack']): WireEntry {
  return {
    id: `e${n++}`,
    session,
    at: Date.now(),
    method: 'GET',
    path,
    kind: 'page',
    status: 200,
    sent: [{ name: 'sid', bytes: 200, sealed: 'Fe26.2*1*abc…xyz~2' }],
    received: [],
    steps,
  };
}

const paths = (entries: WireEntry[]) => entries.map((entry) => entry.path);

/** Keeps: a list lives a minute after its last entry, 300 ms once its session ended. */
export const TEST_WIRE_KEEP = { keepMs: 60_000, endedKeepMs: 300 };

export function describeWireStore(
  name: string,
  options: { pair: () => Promise<[WireStore, WireStore]>; down: () => Promise<WireStore>; live: boolean },
) {
  const { pair } = options;
  describe(`WireStore contract: ${name}`, () => {
    it('keeps each session’s entries apart, oldest first, the same read through either instance', async () => {
      const [a, b] = await pair();
      const [one, two] = [newSession(), newSession()];
      await a.append([wireEntry(one, '/1'), wireEntry(two, '/x'), wireEntry(one, '/2')], Date.now());
      await b.append([wireEntry(one, '/3')], Date.now());
      expect(paths(await b.recent(one, Date.now()))).toEqual(['/1', '/2', '/3']);
      expect(await a.recent(one, Date.now())).toEqual(await b.recent(one, Date.now()));
      expect(await a.recent(two, Date.now())).toEqual([expect.objectContaining({ session: two, path: '/x' })]);
      expect(await a.recent(newSession(), Date.now())).toEqual([]);
    });

    it(`keeps the newest ${WIRE_ENTRIES_PER_SESSION} per session, whatever the batches`, async () => {
      const [a, b] = await pair();
      const session = newSession();
      for (let i = 0; i < WIRE_ENTRIES_PER_SESSION + 15; i += 5) {
        await (i % 2 ? b : a).append(
          Array.from({ length: 5 }, (_, j) => wireEntry(session, `/p${i + j}`)),
          Date.now(),
        );
      }
      const list = await a.recent(session, Date.now());
      expect(list).toHaveLength(WIRE_ENTRIES_PER_SESSION);
      expect(list[0]!.path).toBe('/p15');
      expect(list.at(-1)!.path).toBe(`/p${WIRE_ENTRIES_PER_SESSION + 14}`);
    });

    it('a rotation moves the list to the new fingerprint, before what the new one holds already', async () => {
      const [a, b] = await pair();
      const [before, after] = [newSession(), newSession()];
      await a.append([wireEntry(before, '/first'), wireEntry(before, '/second')], Date.now());
      await b.append([wireEntry(after, '/login')], Date.now());
      await a.move(before, after, Date.now());
      const moved = await b.recent(after, Date.now());
      expect(paths(moved)).toEqual(['/first', '/second', '/login']);
      expect(moved.every((entry) => entry.session === after)).toBe(true);
      expect(await b.recent(before, Date.now())).toEqual([]);
    });

    it('an ended session’s list lives only the short grace; a request that deletes the cookie ends it too', async () => {
      const [a, b] = await pair();
      const [ended, loggedOut, live] = [newSession(), newSession(), newSession()];
      await a.append([wireEntry(ended, '/a'), wireEntry(loggedOut, '/b'), wireEntry(live, '/c')], Date.now());
      await b.end(ended, Date.now());
      await a.append([wireEntry(loggedOut, '/logout', ['deleted'])], Date.now());
      await expect.poll(async () => (await a.recent(ended, Date.now())).length, { timeout: 10_000 }).toBe(0);
      await expect.poll(async () => (await a.recent(loggedOut, Date.now())).length, { timeout: 10_000 }).toBe(0);
      expect(paths(await a.recent(live, Date.now()))).toEqual(['/c']);
    });

    it(
      options.live
        ? 'another instance hears each new entry live; its own are not echoed back'
        : 'has no live fan-out (one process streams its own)',
      async () => {
        const [a, b] = await pair();
        const heardByB: string[] = [];
        const heardByA: string[] = [];
        const stopB = b.listen((entry) => heardByB.push(entry.path));
        const stopA = a.listen((entry) => heardByA.push(entry.path));
        const session = newSession();
        // Subscribing takes a moment: append until B hears one.
        if (options.live) {
          await expect
            .poll(
              async () => {
                await a.append([wireEntry(session, '/live')], Date.now());
                return heardByB.length;
              },
              { timeout: 10_000 },
            )
            .toBeGreaterThan(0);
          expect(heardByA).toEqual([]);
        } else {
          await a.append([wireEntry(session, '/live')], Date.now());
          expect(heardByB).toEqual([]);
        }
        stopA();
        stopB();
      },
    );

    it('bad input changes nothing: a malformed session name is never a key', async () => {
      const [a] = await pair();
      const bad = ['', 'x'.repeat(65), 'a}b', 'a b', '../x'];
      await a.append(
        bad.map((session) => wireEntry(session, '/bad')),
        Date.now(),
      );
      for (const session of bad) expect(await a.recent(session, Date.now())).toEqual([]);
      await a.move(bad[2]!, newSession(), Date.now());
      await a.end(bad[3]!, Date.now());
    });

    it('an unreachable store is StoreUnavailableError (a 503), for reads and writes', async () => {
      const store = await options.down();
      const session = newSession();
      await expect(store.recent(session, Date.now())).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.append([wireEntry(session, '/x')], Date.now())).rejects.toBeInstanceOf(StoreUnavailableError);
    });
  });
}

const arrival = (cookies: string[], at = Date.now()): Arrival => ({ cookies, method: 'GET', fetchSite: 'cross-site', at });
let runs = 0;
export const newRun = () => (Date.now().toString(16) + (runs++).toString(16).padStart(8, '0')).padEnd(32, 'a').slice(0, 32);

/** `pair()` stores keep at most 2 runs, for 60 s (the contract passes `now`). */
export const TEST_ARRIVAL_LIMITS = { maxRuns: 2, ttlMs: 60_000 };

export function describeArrivalStore(
  name: string,
  options: { pair: () => Promise<[ArrivalStore, ArrivalStore]>; down: () => Promise<ArrivalStore> },
) {
  const { pair } = options;
  describe(`ArrivalStore contract: ${name}`, () => {
    it('records only runs the lab opened, one arrival per kind (the latest), read through either instance', async () => {
      const [a, b] = await pair();
      const t = 1_000_000;
      const run = newRun();
      expect(await b.record(run, 'img', arrival(['xs_lax']), t)).toBe(false);
      await a.open(run, t);
      expect(await b.record(run, 'img', arrival(['xs_lax']), t + 1)).toBe(true);
      expect(await b.record(run, 'img', arrival([]), t + 2)).toBe(true);
      expect(await a.record(run, 'link', arrival(['xs_lax', 'xs_none']), t + 3)).toBe(true);
      expect(await a.arrivals(run, t + 4)).toEqual(await b.arrivals(run, t + 4));
      const seen = await a.arrivals(run, t + 4);
      expect(seen.img?.cookies).toEqual([]);
      expect(seen.link?.cookies).toEqual(['xs_lax', 'xs_none']);
      // Opening again starts an empty matrix.
      await b.open(run, t + 5);
      expect(await a.arrivals(run, t + 6)).toEqual({});
    });

    it('forgets the oldest run past the limit, and any run past its time', async () => {
      const [a, b] = await pair();
      const t = 2_000_000;
      const [one, two, three] = [newRun(), newRun(), newRun()];
      await a.open(one, t);
      await b.open(two, t + 1);
      await a.open(three, t + 2);
      expect(await a.record(one, 'img', arrival([]), t + 3)).toBe(false);
      expect(await b.record(two, 'img', arrival([]), t + 3)).toBe(true);
      expect(await a.arrivals(one, t + 3)).toEqual({});
      expect(await b.record(three, 'img', arrival([]), t + 60_002)).toBe(false);
      expect(await b.arrivals(two, t + 60_001)).toEqual({});
    });

    it('bad input changes nothing: no run id or kind outside the lab’s is kept', async () => {
      const [a] = await pair();
      const t = 3_000_000;
      const run = newRun();
      await a.open(run, t);
      expect(await a.record('not-a-run', 'img', arrival([]), t)).toBe(false);
      expect(await a.record(run, 'teapot' as never, arrival([]), t)).toBe(false);
      expect(await a.arrivals(run, t)).toEqual({});
      expect(await a.arrivals('../../etc', t)).toEqual({});
      await expect(a.open('x', t)).rejects.toThrow();
    });

    it('an unreachable store is StoreUnavailableError (a 503)', async () => {
      const store = await options.down();
      await expect(store.open(newRun(), Date.now())).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.arrivals(newRun(), Date.now())).rejects.toBeInstanceOf(StoreUnavailableError);
    });
  });
}

export function describeRoleStore(name: string, options: { pair: () => Promise<[RoleStore, RoleStore]>; down: () => Promise<RoleStore> }) {
  const { pair } = options;
  describe(`RoleStore contract: ${name}`, () => {
    it('a role granted through one instance holds on the other; null goes back to the account’s own', async () => {
      const [a, b] = await pair();
      expect(await b.get('alice')).toBeNull();
      await a.set('alice', 'admin');
      expect(await b.get('alice')).toBe('admin');
      expect(await b.get('admin')).toBeNull();
      await b.set('alice', 'user');
      expect(await a.get('alice')).toBe('user');
      await a.set('alice', null);
      expect(await b.get('alice')).toBeNull();
    });

    it('bad input changes nothing: no odd user id or role is written', async () => {
      const [a] = await pair();
      await expect(a.set('alice', 'root' as never)).rejects.toThrow();
      await expect(a.set('', 'admin')).rejects.toThrow();
      await expect(a.set('a'.repeat(65), 'admin')).rejects.toThrow();
      expect(await a.get('alice')).toBeNull();
      expect(await a.get('x y')).toBeNull();
    });

    it('an unreachable store is StoreUnavailableError (a 503)', async () => {
      const store = await options.down();
      await expect(store.get('alice')).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.set('alice', 'admin')).rejects.toBeInstanceOf(StoreUnavailableError);
    });
  });
}
