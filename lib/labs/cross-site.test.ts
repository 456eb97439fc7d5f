import { describe, expect, it } from 'vitest';
import { cookieNamesIn, demoCookieHeaders, otherSiteHost } from './cross-site';

describe('the cross-site lab', () => {
  it('the other site is the other loopback name, same port; any other host has none', () => {
    expect(otherSiteHost('localhost:3000')).toBe('127.0.0.1:3000');
    expect(otherSiteHost('127.0.0.1:4600')).toBe('localhost:4600');
    expect(otherSiteHost('LOCALHOST')).toBe('127.0.0.1');
    expect(otherSiteHost('example.com')).toBeNull();
    expect(otherSiteHost('localhost.evil.com:80')).toBeNull();
    expect(otherSiteHost(null)).toBeNull();
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
