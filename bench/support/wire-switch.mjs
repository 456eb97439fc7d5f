/*
 * Loaded into one benchmark server with `node --import` (bench/wire-recording.ts),
 * never into the app: on SIGUSR2 it turns the wire recorder's record() off or on,
 * to the state written in the file named by BENCH_WIRE_SWITCH, and says so on
 * stdout. One process then serves with and without recording, taking turns, so
 * the comparison sees the recording's whole cost (its garbage included) and not
 * the difference between two processes. The hook around writeHead stays in place
 * either way; only what record() does (the entry, its queue, its writes) is switched.
 */
import { readFileSync } from 'node:fs';

const RECORDER = Symbol.for('session-lab.wire');
let record;

process.on('SIGUSR2', () => {
  const state = readFileSync(process.env.BENCH_WIRE_SWITCH, 'utf8').trim();
  const recorder = globalThis[RECORDER];
  if (!recorder) return console.log('wire switch: no recorder yet');
  record ??= recorder.record;
  // An own property in both states, so the object keeps one shape from the first switch on.
  recorder.record = state === 'off' ? () => null : record;
  console.log(`wire switch: ${state}`);
});
