import 'server-only';
import { fingerprint } from '../session/session-id';
import { WireRecorder } from '../wire/recorder';
import { getSessionRuntime } from './runtime';

const KEY = Symbol.for('session-lab.wire');
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
    const recorder = new WireRecorder({
      cookieName,
      store: wire,
      fingerprintOf(sealed) {
        const id = codec.idOf(sealed);
        return id === undefined ? undefined : fingerprint(id);
      },
    });
    manager.events.subscribe((event) => recorder.noteEvent(event));
    holder[KEY] = recorder;
  }
  return holder[KEY];
}
