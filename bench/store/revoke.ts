import { mkdirSync, rmSync } from 'node:fs';
import { LocalEventBus } from '../../lib/session/events';
import { SessionManager } from '../../lib/session/session-manager';
import { SqliteSessionStore } from '../../lib/session/sqlite-store';

/**
 * `revoke.ts`: the admin revocation attack of issue #11, in one process on a
 * fresh SQLite file. 1,233 sessions each holding a 64 KB payload and an 8 KB
 * note, then 10,000 newer small ones; ending the oldest by its fingerprint (as
 * DELETE /api/admin/sessions/{id} does) reports the time it took, the RSS it
 * added, and whether it was found at all. Not part of `npm run bench`: a
 * reproduction, run by hand (node --import ./bench/support/register-typescript.mjs bench/store/revoke.ts).
 */
const path = '.bench/store/revoke.db';
mkdirSync('.bench/store', { recursive: true });
for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
const store = new SqliteSessionStore(path);
const manager = new SessionManager({ store, events: new LocalEventBus(), now: Date.now }, { idleTimeout: 1800, absoluteTimeout: 28_800 });
const large = { payload: 'x'.repeat(64 * 1024), note: 'y'.repeat(8 * 1024) };

async function endByFingerprint(fingerprint: string) {
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const found = await manager.findByFingerprint(fingerprint);
  if (found) await manager.revoke(found);
  return {
    found: found !== null,
    ms: +(performance.now() - started).toFixed(2),
    rssAddedMiB: +((process.memoryUsage().rss - rss) / 2 ** 20).toFixed(1),
  };
}

const oldestLarge = await manager.create({ attributes: large });
for (let i = 1; i < 1233; i++) await manager.create({ attributes: large });
const secondLarge = await manager.create({ attributes: large });
const atLarge = await endByFingerprint(oldestLarge.fingerprint);
for (let i = 0; i < 10_000; i++) await manager.create({ attributes: { cart: [] } });
const behindTenThousand = await endByFingerprint(secondLarge.fingerprint);
console.log(JSON.stringify({ sessions: await store.count(), atLarge, behindTenThousand }));
await store.close();
