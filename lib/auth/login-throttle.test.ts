import { describe, expect, it } from 'vitest';
import { LOGIN_LIMITS, LoginThrottle } from './login-throttle';

function setup() {
  let now = 5_000_000;
  const throttle = new LoginThrottle(LOGIN_LIMITS, () => now);
  return { throttle, advance: (ms: number) => (now += ms) };
}

const fail = (throttle: LoginThrottle, username: string, address: string) => throttle.begin({ username, address }).allowed;

describe('LoginThrottle', () => {
  it('allows 5 failed logins per username in 15 minutes, from any address, then refuses', () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 5; i++) expect(fail(throttle, 'alice', `10.0.0.${i}`)).toBe(true);
    const refused = throttle.begin({ username: 'alice', address: '10.0.0.99' });
    expect(refused).toEqual({ allowed: false, retryAfterMs: 15 * 60 * 1000 });
    // Other accounts are not affected.
    expect(fail(throttle, 'admin', '10.0.0.99')).toBe(true);
    advance(15 * 60 * 1000);
    expect(fail(throttle, 'alice', '10.0.0.99')).toBe(true);
  });

  it('allows 20 failed logins per address across usernames, then refuses that address', () => {
    const { throttle } = setup();
    for (let i = 0; i < 20; i++) expect(fail(throttle, `user${i}`, '203.0.113.7')).toBe(true);
    expect(throttle.begin({ username: 'fresh', address: '203.0.113.7' }).allowed).toBe(false);
    expect(fail(throttle, 'fresh', '203.0.113.8')).toBe(true);
  });

  it('a refused attempt is not counted and never reaches the password check', () => {
    const { throttle, advance } = setup();
    for (let i = 0; i < 5; i++) fail(throttle, 'alice', '10.0.0.1');
    for (let i = 0; i < 100; i++) expect(fail(throttle, 'alice', '10.0.0.1')).toBe(false);
    // Hammering while blocked did not extend the block.
    advance(15 * 60 * 1000);
    expect(fail(throttle, 'alice', '10.0.0.1')).toBe(true);
  });

  it('counts an attempt before the password is checked, so parallel guesses cannot slip through', () => {
    const { throttle } = setup();
    // Six requests arrive together: all call begin() before any hash finishes.
    const permits = Array.from({ length: 6 }, () => throttle.begin({ username: 'alice', address: '10.0.0.1' }));
    expect(permits.filter((permit) => permit.allowed)).toHaveLength(5);
  });

  it("a correct password clears the username's failures and gives the address its attempt back", () => {
    const { throttle } = setup();
    for (let i = 0; i < 4; i++) fail(throttle, 'alice', '10.0.0.1');
    const permit = throttle.begin({ username: 'alice', address: '10.0.0.1' });
    if (!permit.allowed) throw new Error('expected a permit');
    permit.succeeded();
    for (let i = 0; i < 5; i++) expect(fail(throttle, 'alice', '10.0.0.1')).toBe(true);
  });

  it("logging in to one account does not wipe an address's record of guessing others", () => {
    const { throttle } = setup();
    for (let i = 0; i < 19; i++) fail(throttle, `victim${i}`, '198.51.100.1');
    const own = throttle.begin({ username: 'alice', address: '198.51.100.1' });
    if (!own.allowed) throw new Error('expected a permit');
    own.succeeded();
    expect(fail(throttle, 'victim-last', '198.51.100.1')).toBe(true); // the 20th failure
    expect(throttle.begin({ username: 'another', address: '198.51.100.1' }).allowed).toBe(false);
  });
});
