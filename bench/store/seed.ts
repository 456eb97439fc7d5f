import { openStore, type StoreKind } from './stores';
import { report } from '../support/report-line';
import { benchRecord, sessionId } from './sessions';

/**
 * `seed.ts <kind> <target> <from> <to> <prefix> <idle seconds ago>`: creates
 * sessions from..to-1 through the store's own create(), as the app would.
 */
const [kind, target, from, to, prefix, agoSeconds] = process.argv.slice(2);
const store = await openStore(kind as StoreKind, target!);
const lastAccessedAt = Date.now() - Number(agoSeconds) * 1000;
const started = performance.now();
const BATCH = 500;
for (let start = Number(from); start < Number(to); start += BATCH) {
  const end = Math.min(Number(to), start + BATCH);
  const writes: Promise<void>[] = [];
  for (let n = start; n < end; n++) writes.push(store.create(benchRecord(sessionId(n, prefix), lastAccessedAt)));
  await Promise.all(writes);
}
const count = await store.count();
await store.close();
report({ count, ms: performance.now() - started });
