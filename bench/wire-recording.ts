import { startServer } from '../e2e/support/server';
import { formatUs } from './support/cpu-profile';
import { profileEndpoints } from './support/endpoint-profile';
import { BenchVisitor } from './support/browser-session';
import { BENCH_PORTS } from './support/ports';
import { atLeast, type Section } from './support/report';
import { median } from './support/stats';
import {
  CONNECTIONS,
  cpuPerRequest,
  LOAD_HEADER,
  loadRow,
  measureRounds,
  pinServers,
  ratiosPerRound,
  ROUNDS_METHOD,
  type Measured,
} from './support/load';

/**
 * What the wire view's recording costs the request path (issues #12, #15):
 * under `GET /api/session` load, the CPU a recording server spends in
 * lib/wire/ (building each entry as the head is written, and the batched
 * writes), as a share of its CPU per request. The target: under 3%, a
 * throughput ratio of at least 0.97.
 *
 * Why a profile, not two servers: two processes of one build, started alike
 * and measured against each other in these rounds, differ by as much as the
 * target (eight such pairs on this machine: medians from 0.945 to 1.015). So
 * the side-by-side rounds are still run and printed, with a twin of the
 * unrecording server as the yardstick of that difference, but the verdict is
 * taken inside one process, where that difference does not come in.
 */
const TARGET = 0.97;
const PROFILED_REQUESTS = Number(process.env.BENCH_PROFILED_REQUESTS ?? 10_000);
const PROFILE_BURSTS = 10;
const WIRE_SOURCES = /(^|\/)lib\/wire\//;

const percent = (share: number) => `${(share * 100).toFixed(2)}%`;

export async function wireRecordingCost(): Promise<Section> {
  const servers: { stop(): Promise<void> }[] = [];
  try {
    const [on, off, twin] = await Promise.all([
      startServer({ port: BENCH_PORTS.app, dataDir: '.bench/wire-on', fresh: true }),
      startServer({ port: BENCH_PORTS.appWireOff, dataDir: '.bench/wire-off', fresh: true, env: { WIRE_RECORDING: 'off' } }),
      startServer({ port: BENCH_PORTS.appWireOffTwin, dataDir: '.bench/wire-off-twin', fresh: true, env: { WIRE_RECORDING: 'off' } }),
    ]);
    servers.push(on, off, twin);
    const endpoints = await Promise.all(
      [on, off, twin].map(async (server) => {
        const visitor = new BenchVisitor(server.url);
        await visitor.becomeTypicalUser();
        return { label: '', url: `${server.url}/api/session`, cookie: visitor.cookie, pid: server.pid };
      }),
    );
    const pinning = pinServers([on.pid, off.pid, twin.pid]);
    const recorded = endpoints[0]!;
    // The recording server did record: its wire list holds the visitor's requests.
    const wire = (await (await fetch(`${on.url}/api/wire`, { headers: { cookie: recorded.cookie } })).json()) as { entries: unknown[] };
    if (wire.entries.length === 0) throw new Error('The recording server recorded nothing: the comparison would measure nothing.');
    const [ons, offs, twins] = (await measureRounds(endpoints)) as [Measured[], Measured[], Measured[]];
    for (const server of servers.splice(0)) await server.stop();

    const [profile] = await profileEndpoints(['/api/session'], {
      port: BENCH_PORTS.profiled,
      dir: '.bench/wire-profile',
      requests: PROFILED_REQUESTS,
      bursts: PROFILE_BURSTS,
      cookieFor: async (server) => {
        const visitor = new BenchVisitor(server.url);
        await visitor.becomeTypicalUser();
        return visitor.cookie;
      },
      inclusiveOf: WIRE_SOURCES,
    });
    const { mainUser, mainSystem, others } = profile!.threads;
    const profiled = mainUser + mainSystem + others;
    const recording = profile!.inclusive;
    /*
     * The profiler slows every function and adds work of its own, so the
     * recording's µs under it, set against the recording server's CPU per
     * request without it (the rounds above), overstate its share: the verdict
     * takes that upper bound. A process-to-process difference moves only the
     * denominator, by a few percent of the share, not of the whole.
     */
    const unprofiled = cpuPerRequest(ons);
    // No sample at all in lib/wire/ would mean the build's source maps were not read, not that recording is free.
    if (recording === 0) throw new Error('The profile found no time in lib/wire/: a share of 0 would be a false pass.');
    const ratios = { onOff: ratiosPerRound(ons, offs), twinOff: ratiosPerRound(twins, offs) };
    const perRound = (name: string, values: number[]) =>
      `${name}: ${values.map((r) => r.toFixed(3)).join(', ')} (median ${median(values).toFixed(3)})`;
    return {
      title: 'Wire recording cost (HTTP)',
      method:
        "The verdict: one fresh SQLite server that records every request, under V8's sampling profiler (`node --cpu-prof`) and " +
        `pinned to CPU 0, is sent ${PROFILED_REQUESTS.toLocaleString('en-US')} \`GET /api/session\` requests in ${PROFILE_BURSTS} ` +
        `bursts (autocannon, ${CONNECTIONS} connections) after sign-in and a warm-up. The recording's cost is the time of the samples whose ` +
        'stack holds a function from lib/wire/ (building the entry as the head is written, and the batched writes every 50 ms, ' +
        'with the JSON and SQLite work they call), set against the CPU per request of the recording server in the rounds below, ' +
        'not profiled (every thread, as /proc counts it): the profiler slows every function, so that share is an upper bound; ' +
        "the share within the profiled process is printed too. Garbage collection is not split by cause, so the recording's " +
        'share of it is not counted. The rounds: ' +
        `${ROUNDS_METHOD}, three \`next start\` servers on SQLite (one records, the default; two run with WIRE_RECORDING=off), ` +
        `in alternating order. ${pinning} The second unrecording server is the first one's twin: what the two differ by is ` +
        'what two processes of one build differ by, with no recording in it, and why on / off is printed but not judged. The ' +
        'visitor is signed in as alice with two cart lines.',
      tables: [
        [
          ['GET /api/session', ...LOAD_HEADER.slice(1)],
          loadRow('recording on (default)', ons),
          loadRow('WIRE_RECORDING=off', offs),
          loadRow('WIRE_RECORDING=off, its twin', twins),
        ],
        [
          ['the recording server', 'CPU per request', 'share'],
          ['under the profiler: in lib/wire/ and what it calls (samples)', `${recording.toFixed(1)} µs`, ''],
          ['under the profiler: every thread (/proc)', formatUs(profiled), percent(recording / profiled)],
          [
            'not profiled: every thread (/proc), median of the rounds above',
            formatUs(unprofiled),
            `at most ${percent(recording / unprofiled)}`,
          ],
        ],
      ],
      verdicts: [
        {
          benchmark: "session read with wire recording: the share of the server's CPU left for serving (at least; profiled)",
          figure: `${recording.toFixed(1)} µs recording (profiled)`,
          floor: `${formatUs(unprofiled)} per request`,
          ...atLeast(1 - recording / unprofiled, TARGET),
        },
      ],
      notes: [
        perRound('Throughput per round, recording on / off', ratios.onOff),
        perRound('Throughput per round, twin / off (two servers alike: the noise of a comparison between processes)', ratios.twinOff),
        `Server CPU per request (medians): on ${cpuPerRequest(ons).toFixed(0)} µs, off ${cpuPerRequest(offs).toFixed(0)} µs, ` +
          `twin ${cpuPerRequest(twins).toFixed(0)} µs.`,
      ],
    };
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}
