/*
 * Loaded into one benchmark server with `node --import` (bench/wire-recording.ts),
 * never into the app. On SIGUSR2 it reads a command from the file named by
 * BENCH_WIRE_SWITCH, does it, and says so on stdout:
 *
 * - `on` / `off`: the wire recorder's record() is the real one, or does nothing
 *   ("wire switch: on|off").
 * - `cycle <settleMs> <ms> <state> <state> ...`: the states take turns while
 *   the load runs, each for <settleMs> unmeasured (what the state before left,
 *   its garbage first, is not charged to this one) and then <ms> measured;
 *   every other cycle in reverse order, so a machine that speeds up or slows
 *   down during a cycle favours no state. A state named `off…` records
 *   nothing, any other records ("wire switch: cycling").
 * - `report`: ends the cycling and prints each window it measured: its state,
 *   its length, the responses written in it and the process's CPU time in it,
 *   every thread ("wire windows: [...]").
 *
 * One process then serves with and without recording, taking turns every
 * fraction of a second, so the comparison sees the recording's whole cost (its
 * garbage, its batched writes) and neither the difference between two
 * processes nor the machine's drift from one minute to the next. The hook
 * around writeHead stays in place in every state and calls record() for every
 * response, which is where they are counted.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const RECORDER = Symbol.for('session-lab.wire');
let real;
let responses = 0;
let cycling = null;

function setState(recorder, state) {
  real ??= recorder.record;
  // An own property in every state, so the object keeps one shape from the first switch on.
  recorder.record = state.startsWith('off')
    ? () => {
        responses++;
      }
    : (...args) => {
        responses++;
        real.apply(recorder, args);
      };
}

function cpuUs() {
  const { user, system } = process.cpuUsage();
  return user + system;
}

function startCycling(recorder, settleMs, ms, states) {
  const windows = [];
  const order = (cycle) => (cycle % 2 === 0 ? states : [...states].reverse());
  let cycle = 0;
  let index = 0;
  let state;
  let start;
  let timer;
  let stopped = false;
  const begin = () => {
    state = order(cycle)[index];
    setState(recorder, state);
    timer = setTimeout(() => {
      start = { at: performance.now(), cpu: cpuUs(), responses };
      timer = setTimeout(end, ms);
    }, settleMs);
  };
  const end = async () => {
    // A recording window's last batch is written inside it, not in the window after.
    if (!state.startsWith('off')) await recorder.flush();
    if (stopped) return;
    const now = { at: performance.now(), cpu: cpuUs(), responses };
    windows.push({ cycle, state, ms: now.at - start.at, responses: now.responses - start.responses, cpuUs: now.cpu - start.cpu });
    if (++index === states.length) [cycle, index] = [cycle + 1, 0];
    begin();
  };
  begin();
  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      return windows;
    },
  };
}

process.on('SIGUSR2', () => {
  const [command, ...args] = readFileSync(process.env.BENCH_WIRE_SWITCH, 'utf8').trim().split(/\s+/);
  const recorder = globalThis[RECORDER];
  if (!recorder) return console.log('wire switch: no recorder yet');
  if (command === 'report') {
    const windows = cycling?.stop() ?? [];
    cycling = null;
    setState(recorder, 'on');
    return console.log(`wire windows: ${JSON.stringify(windows)}`);
  }
  cycling?.stop();
  cycling = null;
  if (command === 'cycle') {
    cycling = startCycling(recorder, Number(args[0]), Number(args[1]), args.slice(2));
    return console.log('wire switch: cycling');
  }
  setState(recorder, command);
  console.log(`wire switch: ${command}`);
});
