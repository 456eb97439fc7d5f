import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { ALICE, loginWithForm } from '../support/auth';
import { SqliteSessionStore } from '../../lib/session/sqlite-store';
import { startServer, testPort } from '../support/server';
import { ApiUser } from './support/api-user';
import { startExpectingExit } from './support/failed-start';

const USERS = 20;
// Every write sets a distinct idle timeout, up to about 41,000 s: allow them (a session may not raise its timeout past this).
const WIDE_IDLE = { SESSION_IDLE_TIMEOUT: '86400' };
/** Each user writes its own values: 1000 + user × 2000 + n, so no two writes in the test share a value. */
const valueOf = (user: number, n: number) => 1000 + user * 2000 + (n % 2000);

function freshFolder(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

test.describe('faults', () => {
  test('kill -9 in the middle of writes, restart: every acknowledged write is still there', async () => {
    test.setTimeout(90_000);
    const dataDir = '.e2e/faults-kill';
    let server = await startServer({ port: testPort(15), dataDir, fresh: true, env: WIDE_IDLE });
    try {
      const users = Array.from({ length: USERS }, () => new ApiUser(server.url));
      const tokens = await Promise.all(users.map((user) => user.csrfToken()));
      const fingerprints = await Promise.all(users.map(async (user) => (await user.session()).id));
      const acknowledged = new Map<number, number>();
      const unanswered = new Map<number, number>();
      let writes = 0;

      const load = users.map(async (user, u) => {
        for (let n = 0; ; n++) {
          const value = valueOf(u, n);
          unanswered.set(u, value);
          let status: number;
          try {
            status = (await user.setIdleTimeout(value, tokens[u]!)).status;
          } catch {
            return; // the server is gone; this write was never acknowledged
          }
          expect(status).toBe(200);
          unanswered.delete(u);
          acknowledged.set(u, value);
          writes++;
        }
      });
      // Let the writes run for a while, then pull the plug.
      await expect.poll(() => writes, { timeout: 30_000 }).toBeGreaterThan(300);
      await server.kill();
      await Promise.all(load);

      server = await startServer({ port: testPort(15), dataDir, env: WIDE_IDLE });
      for (const [u, user] of users.entries()) {
        const session = await user.session();
        expect(session.id, `user ${u} kept the session`).toBe(fingerprints[u]);
        const allowed = [acknowledged.get(u), unanswered.get(u)].filter((v) => v !== undefined);
        // The last acknowledged value, or a later write that committed just before the kill.
        expect(allowed, `user ${u}`).toContain(session.maxInactiveInterval);
      }
      test.info().annotations.push({ type: 'writes', description: `${writes} acknowledged writes before kill -9` });
    } finally {
      await server.stop();
    }
  });

  test('SIGTERM with a tab open: the server ends its event streams and exits; the tab goes live again on the next server, still signed in', async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const dataDir = '.e2e/faults-sigterm';
    let server = await startServer({ port: testPort(28), dataDir, fresh: true });
    const context = await browser.newContext({ baseURL: server.url });
    try {
      const page = await context.newPage();
      await loginWithForm(page, ALICE);
      await page.goto('/');
      await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
      // `next start` exits once its open connections have closed: stop() returns only if the stream ended.
      await server.stop();
      await expect(page.getByTestId('stream-status')).not.toHaveAttribute('data-status', 'live');
      // A deploy's next server, same port and store: EventSource reconnects by itself, with the same cookie.
      server = await startServer({ port: testPort(28), dataDir });
      await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live', { timeout: 30_000 });
      expect((await (await page.request.get('/api/session')).json()).session.attributes.userId).toBe('alice');
    } finally {
      await context.close();
      await server.kill();
    }
  });

  test('a corrupt SQLite file stops the server at once with a message that names the file', async () => {
    for (const [label, dataDir, spoil] of [
      ['not a database', '.e2e/faults-corrupt-text', (path: string) => writeFileSync(path, 'this is not a database\n'.repeat(200))],
      [
        'a garbled header',
        '.e2e/faults-corrupt-header',
        async (path: string) => {
          await new SqliteSessionStore(path).close();
          const bytes = Buffer.alloc(100, 0xab);
          writeFileSync(path, bytes, { flag: 'r+' });
        },
      ],
    ] as const) {
      const path = join(dataDir, 'sessions.db');
      freshFolder(dataDir);
      await spoil(path);
      const exit = await startExpectingExit({ port: testPort(16), dataDir });
      expect(exit.code, label).not.toBe(0);
      expect(exit.output, label).toContain(`Cannot open the session database at ${path}`);
      expect(exit.output, label).toContain('Move the file aside');
      // Once: it says so and stops, it does not try again and again.
      expect(exit.output.split('Cannot open the session database').length - 1, label).toBe(1);
    }
  });

  test('a SQLite file locked by another process stops the server with a message saying so', async () => {
    test.setTimeout(60_000);
    const dataDir = '.e2e/faults-locked';
    const path = join(dataDir, 'sessions.db');
    freshFolder(dataDir);
    await new SqliteSessionStore(path).close();
    const holder = new Database(path);
    try {
      holder.pragma('locking_mode = EXCLUSIVE');
      holder.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held (x); INSERT INTO held VALUES (1);');
      const exit = await startExpectingExit({ port: testPort(17), dataDir });
      expect(exit.code).not.toBe(0);
      expect(exit.output).toContain(`Cannot open the session database at ${path}: database is locked`);
      expect(exit.output).toContain('Another process is holding a lock on it');
    } finally {
      holder.close();
    }
  });
});
