import { expect, test } from '@playwright/test';
import { startServer, TEST_LIMITS, TEST_SECRET, testPort, type RunningServer } from '../support/server';
import { cookieVariants } from './corpus/cookies';
import { buildCorpus, type CorpusRequest, type Victim } from './corpus/build-corpus';
import { ODD_METHODS } from './routes';
import { ApiUser, type SessionView } from './support/api-user';
import { inPool, sendRaw, type RawResponse } from './support/raw-http';

const IN_FLIGHT = 6;

/** What is wrong with this answer to a malformed request, or null. */
function problemWith(request: CorpusRequest, response: RawResponse): string | null {
  if (response.status >= 500) return `answered ${response.status}`;
  // A redirect (Next.js sends RSC requests to a cache-busting URL) writes nothing either.
  if (request.mustRefuse && response.status < 300) return `a broken write was accepted with ${response.status}`;
  const mustBeJson = (request.route.kind === 'api' || ODD_METHODS.includes(request.method)) && response.status >= 400;
  if (mustBeJson && request.method !== 'HEAD') {
    let body: { error?: { code?: unknown; message?: unknown } } | null = null;
    try {
      body = JSON.parse(response.body.toString('utf8'));
    } catch {
      return `answered ${response.status} without a JSON body: ${JSON.stringify(response.body.toString('utf8').slice(0, 80))}`;
    }
    if (typeof body?.error?.code !== 'string' || typeof body.error.message !== 'string') {
      return `answered ${response.status} with ${JSON.stringify(body).slice(0, 120)}, not {error: {code, message}}`;
    }
    if (!String(response.headers['content-type']).startsWith('application/json'))
      return `answered JSON as ${response.headers['content-type']}`;
  }
  return null;
}

/** The part of a session a bad request must not change. */
function state(view: SessionView) {
  return { id: view.id, maxInactiveInterval: view.maxInactiveInterval, attributes: view.attributes };
}

// Its own server: the corpus sends well-formed logins with wrong passwords,
// which the login throttle rightly counts against alice and 127.0.0.1; on the
// shared server that would lock the other specs out for 15 minutes.
let server: RunningServer;
/** A login in the corpus may wait for a hashing slot as long as the server lets it (TEST_LIMITS), then hash: no answer after that is a hang. */
const ANSWER_WAIT_MS = Number(TEST_LIMITS.LOGIN_HASH_WAIT_MS) + 15_000;
test.beforeAll(async () => {
  server = await startServer({ port: testPort(20), dataDir: '.e2e/bad-input', fresh: true });
});
test.afterAll(async () => {
  await server?.stop();
});

test('a corpus of over 2,000 malformed requests: no 5xx, JSON errors, and the sessions it aims at are unchanged', async () => {
  test.setTimeout(240_000);
  const baseURL = server.url;
  const users = [new ApiUser(baseURL!), new ApiUser(baseURL!)] as const;
  const victims: Victim[] = [];
  for (const [index, user] of users.entries()) {
    const token = await user.csrfToken();
    expect((await user.setIdleTimeout(1234 + index, token)).status).toBe(200);
    victims.push({ cookieHeader: user.cookieHeader.cookie!, csrfToken: token });
  }
  const before = await Promise.all(users.map(async (user) => state(await user.session())));

  const corpus = buildCorpus([victims[0]!, victims[1]!], await cookieVariants(users[0].cookie!, TEST_SECRET));
  expect(corpus.length).toBeGreaterThanOrEqual(2000);

  const problems: string[] = [];
  const statuses = new Map<number, number>();
  await inPool(corpus, IN_FLIGHT, async (request) => {
    try {
      const response = await sendRaw(baseURL!, request, ANSWER_WAIT_MS);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const problem = problemWith(request, response);
      if (problem) problems.push(`${request.label} → ${problem}`);
    } catch (error) {
      problems.push(`${request.label} → no answer: ${(error as Error).message}`);
    }
  });
  test.info().annotations.push({
    type: 'corpus',
    description: `${corpus.length} requests; statuses ${[...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ')}`,
  });
  if (problems.length > 0) await test.info().attach('wrong answers', { body: problems.join('\n'), contentType: 'text/plain' });
  expect(problems.slice(0, 25), `${problems.length} of ${corpus.length} answers were wrong`).toEqual([]);

  const after = await Promise.all(users.map(async (user) => state(await user.session())));
  expect(after).toEqual(before);
});

test("headers over Node.js's 16 KB limit are refused by Node itself (431), and the server carries on", async ({ baseURL }) => {
  // Node answers these before any of our code or Next.js runs, so the answer has no JSON body; nothing breaks.
  const response = await sendRaw(baseURL!, {
    label: '20 KB cookie',
    method: 'GET',
    path: '/api/session',
    headers: { cookie: `a=${'x'.repeat(20 * 1024)}` },
  });
  expect(response.status).toBe(431);
  expect((await sendRaw(baseURL!, { label: 'after', method: 'GET', path: '/api/health' })).status).toBe(200);
});
