import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * OWASP, "Slow down online guessing attacks with device cookies": a browser
 * that has signed in as a user gets a signed cookie naming that user. Its
 * logins are not held to the username's lockout, only to the cookie's own
 * budget, so a stranger guessing alice's password locks out strangers, never
 * alice on her own laptop.
 *
 * The value lists up to MAX_ENTRIES users, newest first, each
 * `<username, base64url>.<nonce>.<HMAC>`, joined by "~". The HMAC key is
 * derived from the session secret (a separate purpose, a separate key); every
 * key given is tried, so rotating the session secret keeps devices trusted.
 */

export const DEVICE_COOKIE_MAX_AGE = 180 * 24 * 60 * 60;
const MAX_ENTRIES = 4;

export interface DeviceEntry {
  username: string;
  /** Names this device cookie in the limits: its own budget of failed logins. */
  nonce: string;
}

export function deviceCookieName(secure: boolean): string {
  // __Host-: Secure, Path=/, no Domain, so no subdomain can plant one.
  return secure ? '__Host-device' : 'device';
}

function keyOf(secret: string): Buffer {
  return createHmac('sha256', secret).update('session-lab device cookie v1').digest();
}

function sign(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}

function verified(secrets: string[], entry: string): DeviceEntry | null {
  const match = /^([A-Za-z0-9_-]{1,100})\.([A-Za-z0-9_-]{16,32})\.([A-Za-z0-9_-]{43})$/.exec(entry);
  if (!match) return null;
  const [, name, nonce, mac] = match;
  const body = `${name}.${nonce}`;
  const given = Buffer.from(mac!);
  for (const secret of secrets) {
    const expected = Buffer.from(sign(keyOf(secret), body));
    if (expected.length === given.length && timingSafeEqual(expected, given)) {
      return { username: Buffer.from(name!, 'base64url').toString('utf8'), nonce: nonce! };
    }
  }
  return null;
}

/** The users this cookie vouches for, newest first; forged, garbled or foreign entries are dropped. */
export function readDeviceCookie(value: string | undefined, secrets: string[]): DeviceEntry[] {
  if (!value || value.length > 1024) return [];
  return value
    .split('~')
    .slice(0, MAX_ENTRIES)
    .map((entry) => verified(secrets, entry))
    .filter((entry): entry is DeviceEntry => entry !== null);
}

/** The cookie's new value after `username` signed in: a fresh entry first, older ones for other users kept. */
export function addDevice(value: string | undefined, username: string, secrets: [string, ...string[]]): string {
  const nonce = randomBytes(12).toString('base64url');
  const name = Buffer.from(username, 'utf8').toString('base64url');
  const fresh = `${name}.${nonce}.${sign(keyOf(secrets[0]), `${name}.${nonce}`)}`;
  const others = (value ?? '')
    .split('~')
    .filter((entry) => {
      const known = verified(secrets, entry);
      return known !== null && known.username !== username;
    })
    .slice(0, MAX_ENTRIES - 1);
  return [fresh, ...others].join('~');
}
