import { describe, expect, it } from 'vitest';
import { addDevice, readDeviceCookie } from './device-cookie';

const secret = 's'.repeat(40);
const rotated = 'r'.repeat(40);

describe('device cookie', () => {
  it('vouches for the users this browser signed in as, newest first, each with its own nonce', () => {
    const first = addDevice(undefined, 'alice', [secret]);
    const both = addDevice(first, 'admin', [secret]);
    const entries = readDeviceCookie(both, [secret]);
    expect(entries.map((entry) => entry.username)).toEqual(['admin', 'alice']);
    expect(entries[0]!.nonce).not.toBe(entries[1]!.nonce);
    // Signing in as alice again replaces her entry, it does not add another.
    expect(readDeviceCookie(addDevice(both, 'alice', [secret]), [secret]).map((entry) => entry.username)).toEqual(['alice', 'admin']);
  });

  it('refuses a forged, altered or foreign entry', () => {
    const value = addDevice(undefined, 'alice', [secret]);
    expect(readDeviceCookie(value, ['x'.repeat(40)])).toEqual([]);
    const [name, nonce, mac] = value.split('.');
    const asAdmin = `${Buffer.from('admin').toString('base64url')}.${nonce}.${mac}`;
    expect(readDeviceCookie(asAdmin, [secret])).toEqual([]);
    expect(readDeviceCookie(`${name}.${nonce}.${'A'.repeat(43)}`, [secret])).toEqual([]);
    expect(readDeviceCookie('garbage', [secret])).toEqual([]);
    expect(readDeviceCookie('x'.repeat(5000), [secret])).toEqual([]);
  });

  it('survives a rotation of the session secret (the previous one still opens it)', () => {
    const value = addDevice(undefined, 'alice', [secret]);
    expect(readDeviceCookie(value, [rotated, secret])).toHaveLength(1);
  });
});
