import { expect } from '@playwright/test';
import type { ApiUser, SessionView } from './api-user';

/** One simulated user of the load test. */
export interface LoadUser {
  index: number;
  api: ApiUser;
  csrfToken: string;
  /** The session's fingerprint: every answer must be about this session and no other. */
  fingerprint: string;
}

/**
 * One kind of request the load test fires. `run` sends it for `user` (the
 * n-th request of this user's burst) and checks the answer belongs to that
 * user alone; it throws on any failure.
 */
export interface LoadStep {
  name: string;
  run(user: LoadUser, n: number): Promise<void>;
}

/** Idle timeouts user u writes: 2000 + 100u .. 2000 + 100u + 99, so a value names its user (1800, the default, names nobody). */
// Each user's own idle timeouts, all under the server's 1800 s cap (a session may only lower it): 20 + user × 30 + n.
export const idleTimeoutOf = (user: number, n: number) => 20 + user * 30 + (n % 30);
const ownerOfIdleTimeout = (seconds: number) => (seconds === 1800 ? null : Math.floor((seconds - 20) / 30));

function expectOwn(user: LoadUser, session: SessionView) {
  expect(session.id, `user ${user.index} got another session`).toBe(user.fingerprint);
  expect(session.attributes.csrfToken, `user ${user.index} saw another session's token`).toBe(user.csrfToken);
  const owner = ownerOfIdleTimeout(session.maxInactiveInterval);
  expect(owner === null || owner === user.index, `user ${user.index} saw user ${owner}'s idle timeout`).toBe(true);
}

async function ok(user: LoadUser, answer: { status: number; body: unknown }, what: string) {
  expect(answer.status, `user ${user.index}: ${what} → ${JSON.stringify(answer.body).slice(0, 200)}`).toBe(200);
  return answer.body as { session: SessionView };
}

export const readSession: LoadStep = {
  name: 'GET /api/session',
  async run(user) {
    expectOwn(user, (await ok(user, await user.api.call('GET', '/api/session'), 'GET /api/session')).session);
  },
};

export const writeIdleTimeout: LoadStep = {
  name: 'PUT /api/session/max-inactive-interval',
  async run(user, n) {
    const seconds = idleTimeoutOf(user.index, n);
    const answer = await user.api.call('PUT', '/api/session/max-inactive-interval', {
      json: { seconds },
      headers: { 'x-csrf-token': user.csrfToken },
    });
    const { session } = await ok(user, answer, `PUT seconds=${seconds}`);
    expectOwn(user, session);
    // An atomic update answers with the record it wrote.
    expect(session.maxInactiveInterval).toBe(seconds);
  },
};

const LANGUAGES = ['en', 'ko', 'es'] as const;
export const languageOf = (user: number) => LANGUAGES[user % LANGUAGES.length]!;

export const writeLanguage: LoadStep = {
  name: 'PUT /api/language',
  async run(user) {
    const language = languageOf(user.index);
    const answer = await user.api.call('PUT', '/api/language', { json: { language }, headers: { 'x-csrf-token': user.csrfToken } });
    expect(answer.status, `user ${user.index}: PUT /api/language`).toBe(200);
    expect((answer.body as { language: string }).language).toBe(language);
  },
};

const PRODUCTS = ['green-tea', 'coffee-beans', 'croissant', 'shortbread', 'apple', 'honey', 'mug', 'notebook', 'pencil', 'umbrella'];
/** Each user buys only their own product, so a line of any other product in their cart is someone else's. */
export const productOf = (user: number) => PRODUCTS[user % PRODUCTS.length]!;

export const addToCart: LoadStep = {
  name: 'POST /api/cart/items',
  async run(user) {
    const productId = productOf(user.index);
    const answer = await user.api.call('POST', '/api/cart/items', {
      json: { productId, quantity: 1 },
      headers: { 'x-csrf-token': user.csrfToken },
    });
    expect(answer.status, `user ${user.index}: POST /api/cart/items → ${JSON.stringify(answer.body).slice(0, 200)}`).toBe(200);
    const { cart } = answer.body as { cart: { items: { productId: string }[] } };
    expect(
      cart.items.map((line) => line.productId),
      `user ${user.index} saw another cart`,
    ).toEqual([productId]);
  },
};

/** THE list the load test mixes: request n of a user's burst is LOAD_STEPS[n % LOAD_STEPS.length]. */
export const LOAD_STEPS: LoadStep[] = [readSession, writeIdleTimeout, writeLanguage, addToCart];
