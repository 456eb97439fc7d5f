import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeLimitStore } from '../../tests/support/limit-contract';
import { SqliteLimitStore } from './sqlite-limits';

const dir = mkdtempSync(join(tmpdir(), 'session-lab-limits-'));
const stores: SqliteLimitStore[] = [];
let n = 0;
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  rmSync(dir, { recursive: true, force: true });
});

// Two connections to one file: two `next start` processes on one machine.
describeLimitStore('sqlite', async () => {
  const path = join(dir, `limits-${n++}.db`);
  const pair: [SqliteLimitStore, SqliteLimitStore] = [new SqliteLimitStore(path), new SqliteLimitStore(path)];
  stores.push(...pair);
  return pair;
});

describe('SqliteLimitStore file', () => {
  it('is readable by this user only', () => {
    const path = join(dir, 'private', 'limits.db');
    stores.push(new SqliteLimitStore(path));
    expect(statSync(path).mode & 0o077).toBe(0);
  });
});
