import 'server-only';
import { fingerprint } from '../session/session-id';
import { WireRecorder } from '../wire/recorder';
import { getSessionRuntime } from './runtime';

const KEY = Symbol.for('session-lab.wire');
const FINGERPRINTS_KEPT = 1000;
type Holder = typeof globalThis & { [KEY]?: WireRecorder };

/** Whether requests are recorded at all (WIRE_RECORDING); when not, the wire view says so. */
export function wireRecording(): boolean {
  return getSessionRuntime().config.wireRecording;
}

/**
 * The process's one wire recorder (instrumentation and the routes are bundled
 * apart; globalThis joins them), fed by the session runtime's codec and events;
 * its entries live in the runtime's shared wire store.
 */
export function getWireRecorder(): WireRecorder {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const { codec, cookieName, manager, wire } = getSessionRuntime();
    const fingerprints = new Map<string, string>();
    const recorder = new WireRecorder({
      cookieName,
      store: wire,
      fingerprintOf(sealed) {
        // Every request asks: remember the answer rather than hash the ID again (bounded, oldest first out).
        const known = fingerprints.get(sealed);
        if (known !== undefined) return known;
        const id = codec.idOf(sealed);
        if (id === undefined) return undefined;
        const found = fingerprint(id);
        fingerprints.set(sealed, found);
        if (fingerprints.size > FINGERPRINTS_KEPT) fingerprints.delete(fingerprints.keys().next().value!);
        return found;
      },
    });
    manager.events.subscribe((event) => recorder.noteEvent(event));
    holder[KEY] = recorder;
  }
  return holder[KEY];
}
