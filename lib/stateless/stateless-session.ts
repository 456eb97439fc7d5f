import 'server-only';
import { getIronSession, type IronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
import type { PublicUser } from '../auth/accounts';
import type { CartLine } from '../cart/cart';
import type { Language } from '../i18n/languages';
import { loadSessionSecrets } from '../config/secrets';
import { getSessionRuntime } from '../next-session/runtime';
import { statelessPassword } from './password';

/*
 * The other way to keep a session: iron-session's own. The whole session is
 * sealed (encrypted and signed) into the cookie and the server stores nothing.
 * It is here to be compared with our store, never to sign anyone in to the app.
 */

export const STATELESS_COOKIE = 'lab_stateless';
/** A seal opens for an hour after its last save; the cookie's Max-Age is a minute shorter (iron-session's rule). */
export const STATELESS_TTL_SECONDS = 3600;

export interface StatelessData {
  user?: PublicUser;
  /** Epoch ms of the stateless "login". */
  signedInAt?: number;
  /** The race experiment's cart, held in the cookie itself. */
  raceCart?: CartLine[];
  /** The size experiment's filler. */
  note?: string;
  /** Copies of our session's cart and language, made at the stateless sign-in: the same data in both. */
  cart?: CartLine[];
  language?: Language;
}

export type StatelessSession = IronSession<StatelessData>;

type CookieJar = Awaited<ReturnType<typeof cookies>>;
type IronCookieStore = Pick<CookieJar, 'get' | 'set'>;

let options: SessionOptions | undefined;

function statelessOptions(): SessionOptions {
  if (!options) {
    const { config, secureCookies } = getSessionRuntime();
    options = {
      cookieName: STATELESS_COOKIE,
      password: statelessPassword(loadSessionSecrets(config).current),
      ttl: STATELESS_TTL_SECONDS,
      // As locked down as ours: HttpOnly, SameSite=Lax, Secure in production.
      cookieOptions: { httpOnly: true, secure: secureCookies, sameSite: 'lax', path: '/' },
    };
  }
  return options;
}

/** A jar that hides the demo cookie: what a request without it looks like. */
function withoutStatelessCookie(jar: CookieJar): IronCookieStore {
  const get = ((name: string) => (name === STATELESS_COOKIE ? undefined : jar.get(name))) as CookieJar['get'];
  return { get, set: jar.set.bind(jar) };
}

/**
 * The stateless session of this request, for route handlers (save() and
 * destroy() set the cookie). A cookie iron-session cannot open (expired, forged,
 * edited) reads as empty; some malformed ones make it throw, and those read as
 * empty too, so no cookie a client sends can cause a 500.
 */
export async function getStatelessSession(): Promise<StatelessSession> {
  const jar = await cookies();
  try {
    return await getIronSession<StatelessData>(jar, statelessOptions());
  } catch {
    return getIronSession<StatelessData>(withoutStatelessCookie(jar), statelessOptions());
  }
}

/**
 * Opens a copy of the cookie exactly as a request carrying it would be opened:
 * what someone who copied it gets. Also for server components (it writes nothing).
 */
export async function openStatelessCookie(value: string | undefined): Promise<StatelessData> {
  const get = (name: string) => (value && name === STATELESS_COOKIE ? { name, value } : undefined);
  try {
    const { user, signedInAt, raceCart, note } = await getIronSession<StatelessData>({ get, set: () => {} }, statelessOptions());
    return { user, signedInAt, raceCart, note };
  } catch {
    return {};
  }
}

/** This request's copy of the stateless cookie, as sent. */
export async function statelessCookieValue(): Promise<string | undefined> {
  return (await cookies()).get(STATELESS_COOKIE)?.value;
}
