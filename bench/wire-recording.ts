import { startServer } from '../e2e/support/server';
import { BenchVisitor } from './support/browser-session';
import { BENCH_PORTS } from './support/ports';
import { atLeast, type Section } from './support/report';
import { median } from './support/stats';
import {
  CONNECTIONS,
  LOAD_HEADER,
  loadRow,
  measureRounds,
  pinServers,
  ratiosPerRound,
  requestsPerSecond,
  ROUNDS_METHOD,
  type Measured,
} from './support/load';

/**
 * What the wire view's recording costs the request path (issues #12, #15):
 * `GET /api/session` on two servers side by side, one recording every request
 * (the default) and one with WIRE_RECORDING=off, in alternating rounds. The
 * target: recording costs under 3%, a ratio of at least 0.97.
 */
const TARGET = 0.97;

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
        return { label: '', url: `${server.url}/api/session`, cookie: visitor.cookie, pid: server.pid };
      }),
    );
    const pinning = pinServers([on.pid, off.pid]);
    const recorded = endpoints[0]!;
    // The recording server did record: its wire list holds the visitor's requests.
    const wire = (await (await fetch(`${on.url}/api/wire`, { headers: { cookie: recorded.cookie } })).json()) as { entries: unknown[] };
    if (wire.entries.length === 0) throw new Error('The recording server recorded nothing: the comparison would measure nothing.');
    const [ons, offs] = (await measureRounds(endpoints)) as [Measured[], Measured[]];
    const ratios = ratiosPerRound(ons, offs);
    return {
      title: 'Wire recording cost (HTTP)',
      method:
        `autocannon, ${CONNECTIONS} connections, ${ROUNDS_METHOD}, two \`next start\` servers on SQLite side by ` +
        'side (one records every request for the wire view, the other runs with WIRE_RECORDING=off), in alternating order. ' +
        `${pinning} The ` +
        'visitor is signed in as alice with two cart lines. Each recorded request builds its entry as the head is written and ' +
        'queues it; the queue is written every 50 ms in one transaction, after the responses.',
      tables: [
        [['GET /api/session', ...LOAD_HEADER.slice(1)], loadRow('recording on (default)', ons), loadRow('WIRE_RECORDING=off', offs)],
      ],
      verdicts: [
        {
          benchmark: 'session read with wire recording on vs off',
          figure: `${requestsPerSecond(ons).toFixed(0)} req/s`,
          floor: `${requestsPerSecond(offs).toFixed(0)} req/s`,
          ...atLeast(median(ratios), TARGET),
        },
      ],
      notes: [`Ratio per round (on / off): ${ratios.map((r) => r.toFixed(3)).join(', ')}; the verdict uses their median.`],
    };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}
