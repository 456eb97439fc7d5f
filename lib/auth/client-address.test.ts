import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress, CLIENT_ADDRESS_HEADER, trustedAddress } from './client-address';

const stamped = (address?: string) => new Headers(address === undefined ? {} : { [CLIENT_ADDRESS_HEADER]: address });

describe('trustedAddress', () => {
  it('by default (no proxy trusted) is the socket address: a forged X-Forwarded-For is ignored', () => {
    expect(trustedAddress('127.0.0.1', '198.51.100.7', 0)).toBe('127.0.0.1');
    expect(trustedAddress('::ffff:127.0.0.1', undefined, 0)).toBe('::ffff:127.0.0.1');
  });

  it('behind one proxy of ours, the entry it appended (the last); what the client wrote further left is never read', () => {
    expect(trustedAddress('10.0.0.2', '6.6.6.6, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(trustedAddress('10.0.0.2', ['6.6.6.6', '203.0.113.9'], 1)).toBe('203.0.113.9');
    expect(trustedAddress('10.0.0.3', '6.6.6.6, 203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9');
  });

  it('more hops than entries: the furthest address known', () => {
    expect(trustedAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    expect(trustedAddress('10.0.0.2', '203.0.113.9', 5)).toBe('203.0.113.9');
  });
});

describe('clientAddress', () => {
  it('reads the address the server hook stamped, as a limit key', () => {
    expect(clientAddress(stamped('127.0.0.1'))).toBe('127.0.0.1');
    expect(clientAddress(stamped('2001:db8:1:2::9'))).toBe('2001:db8:1:2::/64');
  });

  it('answers "unknown" for a missing or garbage header', () => {
    expect(clientAddress(stamped())).toBe('unknown');
    expect(clientAddress(stamped('not-an-ip'))).toBe('unknown');
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
