import { startServer, type RunningServer } from '../e2e/support/server';
import { CPU_GROUPS, cpuTotal, signedUs } from './support/cpu-profile';
import { endpointProfileTable, profileEndpoints, type EndpointProfile } from './support/endpoint-profile';
import type { ThreadCpu } from './support/machine';
import { BenchVisitor } from './support/browser-session';
import { BENCH_PORTS } from './support/ports';
import { atLeast, type Section, type Verdict } from './support/report';
import { median } from './support/stats';
import {
  CONNECTIONS,
  cpuPerRequest,
  LOAD_HEADER,
  loadRow,
  measureRounds,
  pinServers,
  ratiosPerRound,
  requestsPerSecond,
  ROUNDS_METHOD,
  type LoadTarget,
  type Measured,
} from './support/load';
import { redisUnavailable, startRedis } from './store/stores';
import { checkCredentials } from '../lib/auth/accounts';

/**
 * Requests/s of GET /api/session (sealed ID → store read → touch) beside two
 * floors measured in the same rounds: GET /api/health (no session at all) and
 * GET /api/lab/stateless/session (iron-session's stateless cookie, what a
 * Next.js developer picks instead of a store); and, when redis-server is
 * installed, the same session GET on a second server backed by Redis.
 */
const LOGINS = 12;
const PROFILED_REQUESTS = Number(process.env.BENCH_PROFILED_REQUESTS ?? 10_000);
const PROFILE_BURSTS = 40;
const TARGETS = { health: 0.95, stateless: 1.0, redis: 0.9 };

/** A server with a signed-in visitor holding a cart and a language, in our session and in the stateless cookie alike. */
async function visitorOn(server: RunningServer) {
  const visitor = await BenchVisitor.typicalUser(server.url);
  const cookie = visitor.cookie;
  if (!cookie.includes('lab_stateless=')) throw new Error('The stateless sign-in set no cookie.');
  const stateless = (await (await visitor.request('/api/lab/stateless/session')).json()) as { session: { user: unknown; cart: unknown[] } };
  if (!stateless.session.user || stateless.session.cart.length !== 2)
    throw new Error('The stateless cookie does not hold the user and cart.');
  return { visitor, cookie };
}

/** The size of an endpoint's answer, in bytes, as the benchmark's requests get it (no compression asked for). */
async function bodyBytes(server: RunningServer, path: string, cookie: string): Promise<number> {
  const response = await fetch(`${server.url}${path}`, { headers: { cookie, 'accept-encoding': 'identity' } });
  return (await response.arrayBuffer()).byteLength;
}

/**
 * POST /api/login one at a time, each on a fresh session, in ms: the whole
 * request as the client waits for it, and the password check inside it as
 * the server measured it (its Server-Timing header); then scrypt alone (the
 * same check, in this process), alternating.
 */
async function loginLatency(server: RunningServer) {
  const whole: number[] = [];
  const password: number[] = [];
  const scrypt: number[] = [];
  for (let i = 0; i < LOGINS; i++) {
    const login = await new BenchVisitor(server.url).login();
    whole.push(login.wholeMs);
    password.push(login.passwordMs);
    const started = performance.now();
    // The login's own password check: scrypt against alice's stored hash.
    if (!(await checkCredentials('alice', 'wonderland'))) throw new Error("alice's password does not match her hash.");
    scrypt.push(performance.now() - started);
  }
  return { whole, password, scrypt };
}

/**
 * Why the session read misses its line against the health check, from this
 * run's profile of one server answering both: what it does beyond the health
 * check, by group and by thread.
 */
function sessionGapNote(session: EndpointProfile, health: EndpointProfile, cpuGapUs: number, bytes: { session: number; health: number }) {
  const [store, ours, , objects] = CPU_GROUPS.map((group) => session.groups.get(group)! - health.groups.get(group)!);
  const thread = (key: keyof ThreadCpu) => signedUs(session.threads[key] - health.threads[key]);
  return (
    "Where the session read's extra CPU goes, by the profile above (one server answering both, slowed by the profiler): " +
    `its JavaScript on the main thread ${signedUs(cpuTotal(session.groups) - cpuTotal(health.groups))} per request, of which ` +
    `the SQLite store ${signedUs(store!)}, our other code ${signedUs(ours!)} (opening the cookie, the session, its view) and ` +
    `Node's Request/Response objects ${signedUs(objects!)} (the request's headers, and an answer of ${bytes.session} bytes of ` +
    `JSON against the health check's ${bytes.health}); the kernel's work for the main thread ${thread('mainSystem')} ` +
    `(SQLite's read locks are system calls), the other threads ${thread('others')}. Without the profiler, the measured ` +
    `rounds put the two endpoints' CPU per request ${signedUs(cpuGapUs)} apart. That extra work is what the target keeps: ` +
    'the store is read on every request, so that a session revoked on any instance is refused at once (a cache in front ' +
    'of the store would let it through until the cache heard of the revocation), and the answer is the session view the ' +
    'API promises. The store section below times the same read in a tight loop and with the CPU caches emptied first, ' +
    'as between two requests of a server. Out of reach without giving up immediate revocation or part of the answer.'
  );
}

export async function httpOverhead(): Promise<Section> {
  const notes: string[] = [];
  const servers: { stop(): Promise<void> }[] = [];
  try {
    const sqlite = await startServer({ port: BENCH_PORTS.app, dataDir: '.bench/http-overhead', fresh: true });
    servers.push(sqlite);
    const { cookie } = await visitorOn(sqlite);
    const endpoints: LoadTarget[] = [
      { label: 'GET /api/session, SQLite (A)', url: `${sqlite.url}/api/session`, cookie, pid: sqlite.pid },
      { label: 'GET /api/health (floor)', url: `${sqlite.url}/api/health`, cookie, pid: sqlite.pid },
      {
        label: 'GET /api/lab/stateless/session, iron-session (floor)',
        url: `${sqlite.url}/api/lab/stateless/session`,
        cookie,
        pid: sqlite.pid,
      },
    ];
    const appPids = [sqlite.pid];
    const helperPids: number[] = [];
    const why = redisUnavailable();
    if (why) notes.push(`Redis not measured: ${why}.`);
    else {
      const redis = await startRedis(BENCH_PORTS.redis);
      servers.push(redis);
      helperPids.push(redis.pid);
      const onRedis = await startServer({
        port: BENCH_PORTS.appRedis,
        dataDir: '.bench/http-overhead-redis',
        fresh: true,
        env: { SESSION_STORE: 'redis', REDIS_URL: redis.url },
      });
      servers.push(onRedis);
      appPids.push(onRedis.pid);
      endpoints.push({
        label: 'GET /api/session, Redis (R)',
        url: `${onRedis.url}/api/session`,
        cookie: (await visitorOn(onRedis)).cookie,
        pid: onRedis.pid,
      });
    }
    const pinning = pinServers(appPids, helperPids);
    // The same request headers for every endpoint, both cookies included, as a browser sends them.
    const results = await measureRounds(endpoints);
    const logins = await loginLatency(sqlite);
    const [sessionProfile, healthProfile] = await profileEndpoints(['/api/session', '/api/health'], {
      port: BENCH_PORTS.profiled,
      dir: '.bench/http-profile',
      requests: PROFILED_REQUESTS,
      bursts: PROFILE_BURSTS,
      cookieFor: async (server) => (await visitorOn(server)).cookie,
    });
    const profiles = { session: sessionProfile!, health: healthProfile! };

    const [session, health, stateless, redis] = results as [Measured[], Measured[], Measured[], Measured[] | undefined];
    const verdict = (benchmark: string, a: Measured[], b: Measured[], target: number): Verdict => ({
      benchmark,
      figure: `${requestsPerSecond(a).toFixed(0)} req/s`,
      floor: `${requestsPerSecond(b).toFixed(0)} req/s`,
      ...atLeast(median(ratiosPerRound(a, b)), target),
    });
    const verdicts = [
      verdict('session read vs health check', session, health, TARGETS.health),
      verdict('session read (stateful, revocable) vs iron-session stateless cookie read', session, stateless, TARGETS.stateless),
    ];
    if (redis) verdicts.push(verdict('session read on Redis vs on SQLite', redis, session, TARGETS.redis));
    const perRound = (name: string, a: Measured[], b: Measured[]) =>
      `Ratio per round (${name}): ${ratiosPerRound(a, b)
        .map((r) => r.toFixed(2))
        .join(', ')}; the verdict uses their median. Server CPU per request: ${cpuPerRequest(a).toFixed(0)} µs against ` +
      `${cpuPerRequest(b).toFixed(0)} µs (ratio ${(cpuPerRequest(b) / cpuPerRequest(a)).toFixed(3)}).`;
    notes.push(perRound('session / health', session, health), perRound('session / stateless', session, stateless));
    if (redis) notes.push(perRound('Redis / SQLite', redis, session));
    if (!verdicts[0]!.pass) {
      const bytes = { session: await bodyBytes(sqlite, '/api/session', cookie), health: await bodyBytes(sqlite, '/api/health', cookie) };
      notes.push(sessionGapNote(profiles.session, profiles.health, cpuPerRequest(session) - cpuPerRequest(health), bytes));
    }
    return {
      title: 'Session overhead (HTTP)',
      method:
        `autocannon, ${CONNECTIONS} connections, ${ROUNDS_METHOD}, the endpoints back to back in every round (in reverse every other round), ` +
        `against \`next start\` production servers on loopback. ${pinning} The visitor is signed in as alice with two cart lines and Korean; the ` +
        "stateless lab's sign-in copied the same user, cart and language into iron-session's sealed cookie, and every request " +
        'carries both cookies. `GET /api/session` opens our cookie (an ID), reads and touches the session in the store and answers ' +
        'its view; `GET /api/health` pings the store (no session); `GET /api/lab/stateless/session` calls `getIronSession(await ' +
        "cookies(), options)` as iron-session's README does, unsealing the whole session on every request, and answers it. The " +
        'Redis row is a second server on a local redis-server. Figures are medians over the rounds. Where the time goes: one fresh ' +
        "SQLite server answers both endpoints under V8's sampling profiler (`node --cpu-prof`), pinned to CPU 0; after sign-in and " +
        `a warm-up it is sent ${PROFILED_REQUESTS.toLocaleString('en-US')} requests to each in ${PROFILE_BURSTS} bursts, the ` +
        "endpoints taking turns (one process, so both share its JIT and its heap, and the machine's drift falls on both alike). " +
        "Each sample taken during an endpoint's own bursts counts against the function running when it was taken, grouped by " +
        "that function's source file (found through the build's source maps; native work such as a SQLite call counts against " +
        "the JavaScript function that made it); each thread's CPU time is read from /proc around every burst.",
      tables: [
        [LOAD_HEADER, ...endpoints.map((e, i) => loadRow(e.label, results[i]!))],
        endpointProfileTable(['GET /api/session', profiles.session], ['GET /api/health', profiles.health]),
        [
          ['login (POST /api/login on SQLite, one at a time)', 'ms per login', 'median'],
          [
            'whole request, as the client waits for it',
            logins.whole.map((t) => t.toFixed(1)).join(', '),
            `${median(logins.whole).toFixed(1)} ms`,
          ],
          [
            'its password check (scrypt, N = 2^17, r = 8, p = 1), from the Server-Timing header',
            logins.password.map((t) => t.toFixed(1)).join(', '),
            `${median(logins.password).toFixed(1)} ms`,
          ],
          // Per login, from one measurement: the hash varies by tens of ms from one run to the next, so no two medians subtracted.
          [
            'the rest (throttle, rotation, the one session write, HTTP): each login minus its own password check',
            logins.whole.map((t, i) => (t - logins.password[i]!).toFixed(1)).join(', '),
            `${median(logins.whole.map((t, i) => t - logins.password[i]!)).toFixed(1)} ms`,
          ],
          [
            'scrypt alone in the bench process (the same check, for comparison)',
            logins.scrypt.map((t) => t.toFixed(1)).join(', '),
            `${median(logins.scrypt).toFixed(1)} ms`,
          ],
        ],
      ],
      verdicts,
      notes,
    };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}
