import 'server-only';
import type { RequestStep } from './request-hook';

/**
 * A graceful shutdown. On SIGTERM or SIGINT, `next start` stops taking new
 * connections and exits once every open connection has closed. Two things
 * would hold it open for good: an event stream never ends by itself, and a
 * browser's keep-alive connection never goes idle for long (its EventSource
 * reconnects on it every second). So the streams are ended (onShutdown) and
 * from then on every response closes its connection (shutdownStep). Without
 * this a server with one tab open ignores a deploy's SIGTERM until the SIGKILL.
 */
const KEY = Symbol.for('session-lab.shutdown');
type Shutdown = { started: boolean; listening: boolean };
// On globalThis: instrumentation and the routes are bundled apart.
const state = ((globalThis as typeof globalThis & { [KEY]?: Shutdown })[KEY] ??= { started: false, listening: false });

/**
 * Runs `run` when the process is told to stop; once per process (a second
 * call does nothing). Not when NEXT_MANUAL_SIG_HANDLE says the signals are
 * handled elsewhere: whoever handles them must then call endAllEventStreams.
 */
export function onShutdown(run: () => void): void {
  if (process.env.NEXT_MANUAL_SIG_HANDLE || state.listening) return;
  state.listening = true;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      state.started = true;
      run();
      // Next.js listens too and exits when done; should nothing else be listening, end as the signal would have.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

/** While shutting down, each response says `Connection: close`, and Node closes the connection after it. */
export function shutdownStep(): RequestStep {
  return {
    onRequest(_request, response) {
      if (state.started) response.setHeader('Connection', 'close');
    },
  };
}
