import autocannon, { type Result } from 'autocannon';
import { startServer } from '../e2e/support/server';
import { BENCH_PORTS } from './support/ports';
import { atLeast, type Section } from './support/report';
import { interleave, median } from './support/stats';

/** Requests/s of GET /api/session with a live cookie against GET /api/health, on one `next start`. */
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 10);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const CONNECTIONS = 10;
const TARGET = 0.9;

async function blast(url: string, headers: Record<string, string> = {}, duration = SECONDS): Promise<Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers });
  // A benchmark of error pages measures nothing: every answer must be a 200.
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${url}: ${result.errors} connection errors and ${result.non2xx} non-2xx answers during the benchmark.`);
  }
  return result;
}

/** The cookie of a fresh session, as a browser would send it back. */
async function sessionCookie(base: string): Promise<string> {
  const response = await fetch(`${base}/api/session`);
  const setCookie = response.headers.get('set-cookie');
  if (!response.ok || !setCookie) throw new Error(`GET /api/session gave ${response.status} and no cookie.`);
  return setCookie.split(';')[0]!;
}

export async function httpOverhead(): Promise<Section> {
  const server = await startServer({ port: BENCH_PORTS.app, dataDir: '.bench/http-overhead', fresh: true });
  try {
    const cookie = await sessionCookie(server.url);
    const session = () => blast(`${server.url}/api/session`, { cookie });
    // The same request headers for both, cookie included, as a browser sends them: the difference is the session work.
    const health = () => blast(`${server.url}/api/health`, { cookie });
    // Warm both paths (JIT, route modules loaded) before anything counts.
    await blast(`${server.url}/api/session`, { cookie }, 2);
    await blast(`${server.url}/api/health`, { cookie }, 2);
    const { as, bs } = await interleave(ROUNDS, session, health);
    const rps = (results: Result[]) => median(results.map((r) => r.requests.average));
    const latency = (results: Result[], key: 'p50' | 'p99') => median(results.map((r) => r.latency[key]));
    const sessionRps = rps(as);
    const healthRps = rps(bs);
    // Each A ran right before its B, so the ratio within a pair cancels the machine's drift; report their median.
    const ratios = as.map((a, i) => a.requests.average / bs[i]!.requests.average);
    const row = (name: string, results: Result[]) => [
      name,
      results.map((r) => r.requests.average.toFixed(0)).join(', '),
      rps(results).toFixed(0),
      `${latency(results, 'p50')} / ${latency(results, 'p99')}`,
    ];
    return {
      title: 'Session overhead (HTTP)',
      method:
        `autocannon, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, A B A B, against one \`next start\` ` +
        'production server on loopback. A = `GET /api/session` with a live session cookie (apiRoute opens the cookie, loads and ' +
        'touches the session, answers its view), B = `GET /api/health` (pings the store; no session). Both send the same headers, ' +
        'the session cookie included, as a browser would. Figures are medians over the rounds.',
      tables: [
        [
          ['endpoint', 'requests/s per round', 'median requests/s', 'median latency p50 / p99 (ms)'],
          row('GET /api/session (A)', as),
          row('GET /api/health (B, floor)', bs),
        ],
      ],
      verdicts: [
        {
          benchmark: 'session read vs health check',
          figure: `${sessionRps.toFixed(0)} req/s`,
          floor: `${healthRps.toFixed(0)} req/s`,
          ...atLeast(median(ratios), TARGET),
        },
      ],
      notes: [`Ratio per round (A / B): ${ratios.map((r) => r.toFixed(2)).join(', ')}; the verdict uses their median.`],
    };
  } finally {
    await server.stop();
  }
}
