import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { checkCredentials, DEMO_ACCOUNTS, findUserById, normalizeUsername } from './accounts';

describe('demo accounts', () => {
  it('alice / wonderland is a user and admin / correct-horse an admin', async () => {
    expect(await checkCredentials('alice', 'wonderland')).toEqual({ id: 'alice', name: 'Alice', role: 'user' });
    expect(await checkCredentials('admin', 'correct-horse')).toEqual({ id: 'admin', name: 'Admin', role: 'admin' });
  });

  it("refuses a wrong password, an unknown user, and another user's password", async () => {
    expect(await checkCredentials('alice', 'Wonderland')).toBeNull();
    expect(await checkCredentials('nobody', 'wonderland')).toBeNull();
    expect(await checkCredentials('alice', 'correct-horse')).toBeNull();
  });

  it('usernames ignore case, spaces around them and Unicode width', async () => {
    expect(normalizeUsername('  ＡLICE ')).toBe('alice');
    expect(await checkCredentials(' Alice', 'wonderland')).not.toBeNull();
  });

  it('the demo list shown on the login page matches the stored hashes', async () => {
    for (const demo of DEMO_ACCOUNTS) expect((await checkCredentials(demo.username, demo.password))?.role).toBe(demo.role);
  });

  it('finds users by id and never exposes the hash', () => {
    expect(findUserById('alice')).toEqual({ id: 'alice', name: 'Alice', role: 'user' });
    expect(JSON.stringify(findUserById('admin'))).not.toMatch(/scrypt/);
    expect(findUserById('nobody')).toBeNull();
    expect(findUserById(undefined)).toBeNull();
  });

  it('an unknown user costs as much time as a wrong password (no username probing by timing)', async () => {
    const time = async (username: string) => {
      const start = performance.now();
      await checkCredentials(username, 'not-the-password');
      return performance.now() - start;
    };
    // Fastest of three, to keep other work on the machine out of the numbers.
    const fastest = async (username: string) => Math.min(await time(username), await time(username), await time(username));
    const known = await fastest('alice');
    const unknown = await fastest('no-such-user');
    // Without the decoy hash an unknown user would answer in well under a millisecond.
    expect(unknown).toBeGreaterThan(known * 0.5);
    expect(unknown).toBeLessThan(known * 2);
  });
});
