import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from './client-address';

const headers = (forwarded?: string) => new Headers(forwarded === undefined ? {} : { 'x-forwarded-for': forwarded });

describe('clientAddress', () => {
  it('takes the last X-Forwarded-For entry: the one our own reverse proxy appended', () => {
    expect(clientAddress(headers('127.0.0.1'))).toBe('127.0.0.1');
    expect(clientAddress(headers('6.6.6.6, 203.0.113.9'))).toBe('203.0.113.9');
  });

  it('answers "unknown" for a missing or garbage header', () => {
    expect(clientAddress(headers())).toBe('unknown');
    expect(clientAddress(headers('not-an-ip'))).toBe('unknown');
  });
});

describe('addressKey', () => {
  it('keeps IPv4, unwraps IPv4-mapped IPv6', () => {
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
  });

  it('groups IPv6 by /64, so one home network counts as one client', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('[2001:DB8::1]')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});
