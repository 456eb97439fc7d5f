import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FlattenMap, originalPositionFor, type TraceMap } from '@jridgewell/trace-mapping';

/*
 * Where a server's CPU time went: the samples of a V8 CPU profile
 * (`node --cpu-prof`), each counted against the function running when it was
 * taken, grouped by where that function comes from. Next.js bundles the app's
 * code and its own into shared chunks, so a function's file is found through
 * the build's source maps.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  /** µs, on the same clock as profileClock(). */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export const CPU_GROUPS = [
  'SQLite store (lib/session/sqlite-*.ts, better-sqlite3 calls included)',
  'Session Lab code, rest (lib/, app/, proxy.ts, instrumentation.ts)',
  'Next.js and other packages (node_modules)',
  "Node's Request/Response objects (undici)",
  'Node.js (HTTP, streams, timers, async hooks)',
  'garbage collection',
  'other (V8 and native code outside any function)',
] as const;
export type CpuGroup = (typeof CPU_GROUPS)[number];

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The main thread's .cpuprofile a process wrote into `dir`. Each thread writes
 * its own (the SQLite store's worker too), named CPU.<date>.<time>.<pid>.<thread id>.<n>;
 * the main thread's id is 0.
 */
export function readProfile(dir: string): Profile {
  const files = readdirSync(dir).filter((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name));
  if (files.length !== 1) throw new Error(`Expected one main-thread CPU profile in ${dir}, found ${files.length}.`);
  return JSON.parse(readFileSync(join(dir, files[0]!), 'utf8')) as Profile;
}

/** A stretch of time in µs on the monotonic clock, which V8's profiles and `process.hrtime.bigint() / 1000n` share. */
export interface TimeWindow {
  from: number;
  to: number;
}

/** Now, on the clock of V8's profiles (µs). */
export const profileClock = () => Number(process.hrtime.bigint() / 1000n);

/**
 * CPU time per group, in µs, of the samples taken inside `windows`: the
 * benchmark's measured load only, not the server's start-up, warm-up, or its
 * waits while another server is loaded.
 */
export function cpuByGroup(profile: Profile, windows: readonly TimeWindow[]): Map<CpuGroup, number> {
  const { nodes, parents } = treeOf(profile);
  // A built-in or native function (JSON.stringify, a SQLite call) counts against the JavaScript function that called it.
  const frameOf = (id: number): CallFrame | undefined => {
    let node = nodes.get(id);
    while (node && node.callFrame.url === '' && !node.callFrame.functionName.startsWith('(') && parents.has(node.id)) {
      node = nodes.get(parents.get(node.id)!);
    }
    return node?.callFrame;
  };
  const sources = new SourceOf();
  const totals = new Map<CpuGroup, number>(CPU_GROUPS.map((group) => [group, 0]));
  forEachSample(profile, windows, (id, us) => {
    const frame = frameOf(id);
    const group = frame ? groupOf(frame, sources) : null;
    if (group) totals.set(group, totals.get(group)! + us);
  });
  return totals;
}

/**
 * CPU time in µs of the samples taken inside `windows` whose stack holds a
 * function from a source file matching `source`: that code's inclusive cost,
 * with whatever it called (JSON.stringify, SQLite, Node), wherever it was
 * called from (a request's writeHead, a timer).
 */
export function cpuWithin(profile: Profile, windows: readonly TimeWindow[], source: RegExp): number {
  const { nodes, parents } = treeOf(profile);
  const sources = new SourceOf();
  const matches = new Map<number, boolean>();
  // Whether a node or any of its callers comes from a matching file, once per node.
  const within = (id: number): boolean => {
    let known = matches.get(id);
    if (known === undefined) {
      const node = nodes.get(id)!;
      const file = node.callFrame.url === '' ? null : (sources.of(node.callFrame) ?? node.callFrame.url);
      const parent = parents.get(id);
      known = (file !== null && source.test(file)) || (parent !== undefined && within(parent));
      matches.set(id, known);
    }
    return known;
  };
  let total = 0;
  forEachSample(profile, windows, (id, us) => {
    if (within(id)) total += us;
  });
  return total;
}

function treeOf(profile: Profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  return { nodes, parents };
}

/** Each sample taken inside `windows`: the node it hit and the µs it stands for. */
function forEachSample(profile: Profile, windows: readonly TimeWindow[], visit: (node: number, us: number) => void): void {
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    if (windows.some((window) => time >= window.from && time <= window.to)) visit(profile.samples[i]!, profile.timeDeltas[i] ?? 0);
  }
}

function groupOf(frame: CallFrame, sources: SourceOf): CpuGroup | null {
  const { functionName: name, url } = frame;
  if (name === '(idle)') return null;
  if (name === '(garbage collector)') return 'garbage collection';
  if (url.includes('undici')) return "Node's Request/Response objects (undici)";
  if (url.startsWith('node:') || (url === '' && name !== '(program)' && name !== '(root)'))
    return 'Node.js (HTTP, streams, timers, async hooks)';
  if (url === '') return 'other (V8 and native code outside any function)';
  const source = sources.of(frame) ?? url;
  if (/(^|\/)lib\/session\/sqlite-[\w-]+\.ts$/.test(source)) return 'SQLite store (lib/session/sqlite-*.ts, better-sqlite3 calls included)';
  // Turbopack's own runtime comes without node_modules in its path.
  if (source.includes('node_modules/') || source.includes('[turbopack]')) return 'Next.js and other packages (node_modules)';
  if (/(^|\/)(lib|app)\/|(^|\/)(proxy|instrumentation)\.ts$/.test(source))
    return 'Session Lab code, rest (lib/, app/, proxy.ts, instrumentation.ts)';
  return 'other (V8 and native code outside any function)';
}

/** The original file of a frame in a bundled chunk, through the chunk's source map (cached per chunk). */
class SourceOf {
  private readonly maps = new Map<string, TraceMap | null>();

  of(frame: CallFrame): string | null {
    const path = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url;
    if (!path.includes('/.next/')) return relative(ROOT, path);
    let map = this.maps.get(path);
    if (map === undefined) {
      // Turbopack writes index maps (one section per module): FlattenMap reads both kinds.
      map = existsSync(`${path}.map`) ? new FlattenMap(readFileSync(`${path}.map`, 'utf8')) : null;
      this.maps.set(path, map);
    }
    if (!map) return null;
    // CPU profiles count lines and columns from 0; source maps count lines from 1.
    return originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber }).source;
  }
}

/** µs, whole: "25 µs". */
export const formatUs = (value: number) => `${value.toFixed(0)} µs`;

/** A difference in µs, with its sign: "+25 µs", "−3 µs". */
export const signedUs = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(0)} µs`;

/** CPU per request over every group. */
export const cpuTotal = (groups: Map<CpuGroup, number>) => [...groups.values()].reduce((a, b) => a + b, 0);

/** Two profiles side by side, group by group, with what the first costs beyond the second. */
export function profileTable([nameA, a]: [string, Map<CpuGroup, number>], [nameB, b]: [string, Map<CpuGroup, number>]): string[][] {
  return [
    ['CPU per request, by where the code comes from', nameA, nameB, 'difference'],
    ...CPU_GROUPS.map((group) => [group, formatUs(a.get(group)!), formatUs(b.get(group)!), signedUs(a.get(group)! - b.get(group)!)]),
    ['all', formatUs(cpuTotal(a)), formatUs(cpuTotal(b)), signedUs(cpuTotal(a) - cpuTotal(b))],
  ];
}
