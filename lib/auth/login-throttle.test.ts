import { afterEach, describe, expect, it } from 'vitest';
import { SqliteLimitStore } from '../limits/sqlite-limits';
import { LOGIN_LIMITS, LoginThrottle, type LoginAttempt } from './login-throttle';

const open: SqliteLimitStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((store) => store.close()));
});

function setup() {
  let now = 5_000_000;
  const store = new SqliteLimitStore(':memory:');
  open.push(store);
  const throttle = new LoginThrottle(store, LOGIN_LIMITS, () => now);
  return { throttle, advance: (ms: number) => (now += ms) };
}

const attempt = (username: string, address: string, device: string | null = null): LoginAttempt => ({ username, address, device });
const fail = async (throttle: LoginThrottle, username: string, address: string, device: string | null = null) =>
  (await throttle.begin(attempt(username, address, device))).allowed;

describe('LoginThrottle', () => {
  it('allows 5 failed logins per username in 15 minutes, from any address, then refuses', async () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 5; i++) expect(await fail(throttle, 'alice', `10.0.0.${i}`)).toBe(true);
    expect(await throttle.begin(attempt('alice', '10.0.0.99'))).toEqual({ allowed: false, retryAfterMs: 15 * 60 * 1000 });
    // Other accounts are not affected.
    expect(await fail(throttle, 'admin', '10.0.0.99')).toBe(true);
    advance(15 * 60 * 1000);
    expect(await fail(throttle, 'alice', '10.0.0.99')).toBe(true);
  });

  it('allows 20 failed logins per address across usernames, then refuses that address', async () => {
    const { throttle } = setup();
    for (let i = 0; i < 20; i++) expect(await fail(throttle, `user${i}`, '203.0.113.7')).toBe(true);
    expect(await fail(throttle, 'fresh', '203.0.113.7')).toBe(false);
    expect(await fail(throttle, 'fresh', '203.0.113.8')).toBe(true);
  });

  it('a refused attempt is not counted and never reaches the password check', async () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 5; i++) await fail(throttle, 'alice', '10.0.0.1');
    for (let i = 0; i < 100; i++) expect(await fail(throttle, 'alice', '10.0.0.1')).toBe(false);
    // Hammering while blocked did not extend the block.
    advance(15 * 60 * 1000);
    expect(await fail(throttle, 'alice', '10.0.0.1')).toBe(true);
  });

  it('counts an attempt before the password is checked, so parallel guesses cannot slip through', async () => {
    const { throttle } = setup();
    // Six requests arrive together: all call begin() before any hash finishes.
    const permits = await Promise.all(Array.from({ length: 6 }, () => throttle.begin(attempt('alice', '10.0.0.1'))));
    expect(permits.filter((permit) => permit.allowed)).toHaveLength(5);
  });

  it("a correct password clears the username's failures and gives the address its attempt back", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 4; i++) await fail(throttle, 'alice', '10.0.0.1');
    const permit = await throttle.begin(attempt('alice', '10.0.0.1'));
    if (!permit.allowed) throw new Error('expected a permit');
    await permit.succeeded();
    for (let i = 0; i < 5; i++) expect(await fail(throttle, 'alice', '10.0.0.1')).toBe(true);
  });

  it("logging in to one account does not wipe an address's record of guessing others", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 19; i++) await fail(throttle, `victim${i}`, '198.51.100.1');
    const own = await throttle.begin(attempt('alice', '198.51.100.1'));
    if (!own.allowed) throw new Error('expected a permit');
    await own.succeeded();
    expect(await fail(throttle, 'victim-last', '198.51.100.1')).toBe(true); // the 20th failure
    expect(await fail(throttle, 'another', '198.51.100.1')).toBe(false);
  });

  it('an attempt the server was too busy to check is given back', async () => {
    const { throttle } = setup();
    for (let i = 0; i < 10; i++) {
      const permit = await throttle.begin(attempt('alice', '10.0.0.1'));
      if (!permit.allowed) throw new Error('expected a permit');
      await permit.cancelled();
    }
    expect(await fail(throttle, 'alice', '10.0.0.1')).toBe(true);
  });

  it("alice's lock survives 10,000 other usernames (an eviction used to forget it)", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) await fail(throttle, 'alice', `10.0.0.${i}`);
    for (let i = 0; i < 10_001; i++) await fail(throttle, `other-${i}`, `10.1.${i >> 8}.${i & 255}`);
    expect(await fail(throttle, 'alice', '10.9.9.9')).toBe(false);
  });
});

describe('LoginThrottle with device cookies (OWASP)', () => {
  it("a stranger's 5 wrong guesses lock the username, but not the browser alice signed in from before", async () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) await fail(throttle, 'alice', '198.51.100.66');
    expect(await fail(throttle, 'alice', '198.51.100.67')).toBe(false); // untrusted: still 429
    const own = await throttle.begin(attempt('alice', '203.0.113.5', 'alice-laptop'));
    expect(own.allowed).toBe(true);
  });

  it('a device cookie has its own budget of 5 failures: a copied one cannot guess forever', async () => {
    const { throttle } = setup();
    for (let i = 0; i < 5; i++) expect(await fail(throttle, 'alice', `10.0.1.${i}`, 'stolen')).toBe(true);
    expect(await fail(throttle, 'alice', '10.0.1.9', 'stolen')).toBe(false);
    expect(await fail(throttle, 'alice', '10.0.1.9', 'another-device')).toBe(true);
  });

  it('the address limit still applies to a trusted browser', async () => {
    const { throttle } = setup();
    for (let i = 0; i < 20; i++) await fail(throttle, `user${i}`, '203.0.113.70');
    expect(await fail(throttle, 'alice', '203.0.113.70', 'alice-laptop')).toBe(false);
  });
});
