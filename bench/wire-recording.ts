import autocannon, { type Result } from 'autocannon';
import { startServer } from '../e2e/support/server';
import { BenchVisitor } from './support/browser-session';
import { BENCH_PORTS } from './support/ports';
import { atLeast, type Section } from './support/report';
import { median } from './support/stats';

/**
 * What the wire view's recording costs the request path (issues #12, #15):
 * `GET /api/session` on two servers side by side, one recording every request
 * (the default) and one with WIRE_RECORDING=off, in alternating rounds. The
 * target: recording costs under 3%, a ratio of at least 0.97.
 */
const ROUNDS = Number(process.env.BENCH_WIRE_ROUNDS ?? process.env.BENCH_HTTP_ROUNDS ?? 10);
const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 3);
const CONNECTIONS = 10;
const TARGET = 0.97;

async function blast(url: string, cookie: string, duration = SECONDS): Promise<Result> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration, headers: { cookie } });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${url}: ${result.errors} connection errors and ${result.non2xx} non-2xx answers during the benchmark.`);
  }
  return result;
}

export async function wireRecordingCost(): Promise<Section> {
  const servers: { stop(): Promise<void> }[] = [];
  try {
    const [on, off] = await Promise.all([
      startServer({ port: BENCH_PORTS.app, dataDir: '.bench/wire-on', fresh: true }),
      startServer({ port: BENCH_PORTS.appWireOff, dataDir: '.bench/wire-off', fresh: true, env: { WIRE_RECORDING: 'off' } }),
    ]);
    servers.push(on, off);
    const endpoints = await Promise.all(
      [on, off].map(async (server) => {
        const visitor = new BenchVisitor(server.url);
        await visitor.becomeTypicalUser();
        return { url: `${server.url}/api/session`, cookie: visitor.cookie };
      }),
    );
    const [recorded, bare] = endpoints as [(typeof endpoints)[0], (typeof endpoints)[0]];
    // The recording server did record: its wire list holds the visitor's requests.
    const wire = (await (await fetch(`${on.url}/api/wire`, { headers: { cookie: recorded.cookie } })).json()) as { entries: unknown[] };
    if (wire.entries.length === 0) throw new Error('The recording server recorded nothing: the comparison would measure nothing.');
    for (const e of endpoints) await blast(e.url, e.cookie, 2);
    const ons: Result[] = [];
    const offs: Result[] = [];
    // Alternate which goes first, so neither always runs on the warmer (or the busier) half of a round.
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) {
        ons.push(await blast(recorded.url, recorded.cookie));
        offs.push(await blast(bare.url, bare.cookie));
      } else {
        offs.push(await blast(bare.url, bare.cookie));
        ons.push(await blast(recorded.url, recorded.cookie));
      }
    }
    const rps = (rs: Result[]) => median(rs.map((r) => r.requests.average));
    const ratios = ons.map((r, i) => r.requests.average / offs[i]!.requests.average);
    return {
      title: 'Wire recording cost (HTTP)',
      method:
        `autocannon, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s each, two \`next start\` servers on SQLite side by ` +
        'side (one records every request for the wire view, the other runs with WIRE_RECORDING=off), in alternating order. The ' +
        'visitor is signed in as alice with two cart lines. Each recorded request builds its entry as the head is written and ' +
        'queues it; the queue is written every 50 ms in one transaction, after the responses.',
      tables: [
        [
          ['GET /api/session', 'requests/s per round', 'median requests/s', 'median latency p50 / p99 (ms)'],
          ...(
            [
              ['recording on (default)', ons],
              ['WIRE_RECORDING=off', offs],
            ] as const
          ).map(([label, rs]) => [
            label,
            rs.map((r) => r.requests.average.toFixed(0)).join(', '),
            rps(rs).toFixed(0),
            `${median(rs.map((r) => r.latency.p50))} / ${median(rs.map((r) => r.latency.p99))}`,
          ]),
        ],
      ],
      verdicts: [
        {
          benchmark: 'session read with wire recording on vs off',
          figure: `${rps(ons).toFixed(0)} req/s`,
          floor: `${rps(offs).toFixed(0)} req/s`,
          ...atLeast(median(ratios), TARGET),
        },
      ],
      notes: [`Ratio per round (on / off): ${ratios.map((r) => r.toFixed(3)).join(', ')}; the verdict uses their median.`],
    };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}
