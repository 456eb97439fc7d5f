import 'server-only';
import { cookies } from 'next/headers';
import { z } from 'zod';
import { ApiError } from '../api/api-error';
import { requireUser, userOf } from '../auth/current-user';
import { logout } from '../auth/login';
import { addItem, itemCount, readCart, type CartLine } from '../cart/cart';
import { cartOf } from '../cart/cart-session';
import { languageOf } from '../next-session/language';
import { findSession, sessionCookieName } from '../next-session/session-cookie';
import type { HttpSession } from '../session/http-session';
import { sealExpiresAt } from './seal-expiry';
import { isoTime } from '../i18n/format';
import { attribute } from '../next-session/attributes';
import {
  getStatelessSession,
  openStatelessCookie,
  statelessCookieValue,
  type StatelessData,
  type StatelessSession,
} from './stateless-session';

/*
 * The stateful-vs-stateless experiments, one place for the API routes. Each
 * does the same thing to our server session and to the stateless cookie, so
 * the page can put the two outcomes side by side.
 */

/** Our session's attributes for the experiments (beside the article's five). */
const RACE_CART = attribute('labRaceCart');
const NOTE = attribute('labStatelessNote');
/** What the race adds, one at a time. */
export const RACE_PRODUCT = 'pencil';

export const noteBodySchema = z
  .object({ bytes: z.number({ error: 'bytes must be a number' }).int().min(1).max(8192, 'bytes must be at most 8192') })
  .strict();

export const raceBodySchema = z.object({ store: z.enum(['cookie', 'server'], { error: 'store must be "cookie" or "server"' }) }).strict();

const isoOrNull = (ms: number | null) => (ms ? isoTime(ms) : null);

/** iron-session's save() refuses a cookie past 4096 bytes: a 400 the page can show, not a 500. */
async function save(stateless: StatelessSession): Promise<void> {
  try {
    await stateless.save();
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('iron-session: Cookie length is too big')) {
      throw new ApiError(400, 'cookie_too_big', error.message);
    }
    throw error;
  }
}

function statelessSide(data: StatelessData, sealed: string | undefined) {
  return {
    user: data.user ?? null,
    signedInAt: data.signedInAt ? isoTime(data.signedInAt) : null,
    /** When this copy of the cookie stops opening, whatever the server does. */
    expiresAt: data.user || data.raceCart || data.note ? isoOrNull(sealExpiresAt(sealed)) : null,
    raceCartCount: itemCount(readCart(data.raceCart)),
    noteBytes: data.note?.length ?? 0,
    cookieBytes: sealed?.length ?? 0,
  };
}

function serverSide(session: HttpSession) {
  const note = session.getAttribute(NOTE);
  return {
    user: userOf(session),
    raceCartCount: itemCount(readCart(session.getAttribute(RACE_CART))),
    noteBytes: typeof note === 'string' ? note.length : 0,
  };
}

/** GET /api/lab/stateless: what each kind of session says about this browser. */
export async function statelessLabView(session: HttpSession) {
  const sealed = await statelessCookieValue();
  return { server: serverSide(session), stateless: statelessSide(await openStatelessCookie(sealed), sealed) };
}

/**
 * Signs the stateless demo in as whoever is signed in to our session (the
 * page's "sign in to both"), with copies of the cart and language: from then
 * on both hold the same data, one on the server, one in the cookie.
 */
export async function statelessSignIn(session: HttpSession) {
  const user = requireUser(session);
  const stateless = await getStatelessSession();
  stateless.user = user;
  stateless.signedInAt = Date.now();
  stateless.cart = cartOf(session);
  stateless.language = languageOf(session);
  await save(stateless);
  return { user };
}

/**
 * GET /api/lab/stateless/session: the stateless twin of GET /api/session. The
 * cookie is opened the way iron-session's README does it, getIronSession() on
 * every request with nothing remembered between requests, and its fields are
 * answered as they are: we sealed them, so they need no validation here.
 */
export async function statelessSessionView() {
  const { user, signedInAt, cart, language } = await getStatelessSession();
  return {
    session: { user: user ?? null, signedInAt: signedInAt ? isoTime(signedInAt) : null, cart: cart ?? [], language: language ?? null },
  };
}

/**
 * Logs out of both, then opens the copies of both cookies this request
 * carried, exactly as a later request replaying them would be opened.
 */
export async function logOutBothAndReplay(session: HttpSession) {
  const ourCopy = (await cookies()).get(sessionCookieName())?.value;
  const statelessCopy = await statelessCookieValue();
  await logout(session);
  (await getStatelessSession()).destroy();

  const replayedOurs = await findSession(ourCopy, { touch: false });
  const replayedStateless = await openStatelessCookie(statelessCopy);
  return {
    server: { user: replayedOurs ? userOf(replayedOurs.session) : null, sessionFound: replayedOurs !== null },
    stateless: { user: replayedStateless.user ?? null, expiresAt: replayedStateless.user ? isoOrNull(sealExpiresAt(statelessCopy)) : null },
  };
}

/** One "add a pencil" to the race cart held in `store`; answers the count that request saw and wrote. */
export async function raceAdd(session: HttpSession, store: 'cookie' | 'server') {
  const add = (cart: unknown): CartLine[] => addItem(readCart(cart), RACE_PRODUCT, 1);
  if (store === 'server') {
    // The store's atomic read-modify-write: each request adds to the cart as stored at that instant.
    const cart = await session.updateAttribute<CartLine[]>(RACE_CART, add);
    return { store, count: itemCount(cart) };
  }
  // The cookie's read-modify-write: each request adds to the cart its own cookie carried.
  const stateless = await getStatelessSession();
  stateless.raceCart = add(stateless.raceCart);
  await save(stateless);
  return { store, count: itemCount(stateless.raceCart) };
}

/** Empties both race carts. */
export async function raceReset(session: HttpSession) {
  await session.removeAttribute(RACE_CART);
  const stateless = await getStatelessSession();
  if (stateless.raceCart) {
    delete stateless.raceCart;
    await save(stateless);
  }
  return { server: 0, cookie: 0 };
}

/** Stores the same `bytes` of text in both; the cookie refuses what would not fit in 4096 bytes. */
export async function storeNote(session: HttpSession, bytes: number) {
  const note = 'x'.repeat(bytes);
  await session.setAttribute(NOTE, note);
  const stateless = await getStatelessSession();
  stateless.note = note;
  let cookie: { stored: true } | { stored: false; error: string } = { stored: true };
  try {
    await save(stateless);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    cookie = { stored: false, error: error.message };
  }
  return { bytes, server: { stored: true }, cookie };
}

/** Removes the note from both. */
export async function removeNote(session: HttpSession) {
  await session.removeAttribute(NOTE);
  const stateless = await getStatelessSession();
  if (stateless.note !== undefined) {
    delete stateless.note;
    await save(stateless);
  }
  return { removed: true };
}
