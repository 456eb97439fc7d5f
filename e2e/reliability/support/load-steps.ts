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
export const idleTimeoutOf = (user: number, n: number) => 2000 + user * 100 + (n % 100);
const ownerOfIdleTimeout = (seconds: number) => (seconds === 1800 ? null : Math.floor((seconds - 2000) / 100));

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

/*
 * THE list the load test mixes, request n of a user's burst being
 * LOAD_STEPS[n % LOAD_STEPS.length]. When the cart and language API are
 * merged, add steps here in the same style, each checking the answer is the
 * user's own: e.g. PUT /api/language with the user's language and, for the
 * cart, POST /api/cart/items with a quantity derived from the user's index,
 * then GET /api/cart showing only that user's lines.
 */
export const LOAD_STEPS: LoadStep[] = [readSession, writeIdleTimeout];
