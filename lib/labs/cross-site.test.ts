import { describe, expect, it } from 'vitest';
import { ArrivalLog, cookieNamesIn, demoCookieHeaders, otherSiteHost } from './cross-site';

describe('the cross-site lab', () => {
  it('the other site is the other loopback name, same port; any other host has none', () => {
    expect(otherSiteHost('localhost:3000')).toBe('127.0.0.1:3000');
    expect(otherSiteHost('127.0.0.1:4600')).toBe('localhost:4600');
    expect(otherSiteHost('LOCALHOST')).toBe('127.0.0.1');
    expect(otherSiteHost('example.com')).toBeNull();
    expect(otherSiteHost('localhost.evil.com:80')).toBeNull();
    expect(otherSiteHost(null)).toBeNull();
  });

  it('records only runs the lab opened, one arrival per kind, and forgets the oldest run past the limit', () => {
    let now = 1000;
    const log = new ArrivalLog({ maxRuns: 2, ttlMs: 60_000, now: () => now });
    expect(log.record('a'.repeat(32), 'img', { cookies: [], method: 'GET', fetchSite: null })).toBe(false);
    log.open('1'.repeat(32));
    log.open('2'.repeat(32));
    expect(log.record('1'.repeat(32), 'img', { cookies: ['x'], method: 'GET', fetchSite: 'cross-site' })).toBe(true);
    log.record('1'.repeat(32), 'img', { cookies: [], method: 'GET', fetchSite: 'cross-site' });
    expect(log.arrivals('1'.repeat(32)).img?.cookies).toEqual([]);
    log.open('3'.repeat(32));
    expect(log.record('1'.repeat(32), 'img', { cookies: [], method: 'GET', fetchSite: null })).toBe(false);
    now += 60_001;
    expect(log.arrivals('2'.repeat(32))).toEqual({});
  });

  it('reads only the lab’s cookie names from a Cookie header, never values', () => {
    expect(cookieNamesIn('xs_lax=1; other=2; __Host-sid=abc; xs_lax2=3', ['__Host-sid', 'xs_lax', 'xs_none'])).toEqual([
      '__Host-sid',
      'xs_lax',
    ]);
    expect(cookieNamesIn(null, ['xs_lax'])).toEqual([]);
  });

  it('SameSite=None always comes with Secure', () => {
    for (const header of demoCookieHeaders('v')) if (/SameSite=None/.test(header)) expect(header).toMatch(/; Secure/);
  });
});
