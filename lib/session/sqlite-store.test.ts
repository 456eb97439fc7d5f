import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRecord, describeSessionStore } from '../../tests/support/store-contract';
import { SqliteSessionStore, StoreOpenError } from './sqlite-store';

const dir = mkdtempSync(join(tmpdir(), 'session-lab-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeSessionStore('sqlite', async () => new SqliteSessionStore(join(dir, `contract-${n++}.db`)));

describe('SqliteSessionStore on disk', () => {
  it('keeps sessions across a close and reopen (a server restart)', async () => {
    const path = join(dir, 'restart.db');
    const first = new SqliteSessionStore(path);
    const record = makeRecord(Date.now(), { attributes: { cart: [{ productId: 'tea', quantity: 3 }] } });
    await first.create(record);
    await first.close();
    const second = new SqliteSessionStore(path);
    expect(await second.get(record.id)).toEqual(record);
    await second.close();
  });

  it('two connections to one file see each other and lose no update', async () => {
    const path = join(dir, 'shared.db');
    const a = new SqliteSessionStore(path);
    const b = new SqliteSessionStore(path);
    const record = makeRecord(Date.now(), { attributes: { counter: 0 } });
    await a.create(record);
    const bump = (store: SqliteSessionStore) =>
      store.update(record.id, (r) => ({ ...r, attributes: { counter: (r.attributes.counter as number) + 1 } }));
    await Promise.all(Array.from({ length: 50 }, (_, i) => bump(i % 2 ? a : b)));
    expect((await b.get(record.id))?.attributes.counter).toBe(50);
    await a.close();
    await b.close();
  });

  it('a file that is not a database gives a clear error naming the file and the fix', () => {
    const path = join(dir, 'corrupt.db');
    writeFileSync(path, 'this is not an SQLite database, just text '.repeat(200));
    expect(() => new SqliteSessionStore(path)).toThrow(StoreOpenError);
    expect(() => new SqliteSessionStore(path)).toThrow(/corrupt\.db.*SESSION_SQLITE_PATH/s);
  });
});
