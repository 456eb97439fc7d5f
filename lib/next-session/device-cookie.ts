import 'server-only';
import { cookies } from 'next/headers';
import { addDevice, DEVICE_COOKIE_MAX_AGE, deviceCookieName, readDeviceCookie, type DeviceEntry } from '../auth/device-cookie';
import { getSessionRuntime } from './runtime';

/** The users this browser has signed in as before (its device cookie, checked). Readable while a page renders. */
export async function trustedDevices(): Promise<DeviceEntry[]> {
  const { secureCookies, secrets } = getSessionRuntime();
  return readDeviceCookie((await cookies()).get(deviceCookieName(secureCookies))?.value, secrets);
}

/** After a successful login: this browser is trusted for `username` from now on (route handlers and actions only). */
export async function rememberDevice(username: string): Promise<void> {
  const { secureCookies, secrets } = getSessionRuntime();
  const jar = await cookies();
  const name = deviceCookieName(secureCookies);
  jar.set(name, addDevice(jar.get(name)?.value, username, secrets), {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: secureCookies,
    // Unlike the session cookie it must outlive the browser session: it says "this browser signed in before".
    maxAge: DEVICE_COOKIE_MAX_AGE,
  });
}
