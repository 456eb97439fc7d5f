import { getSessionRuntime, type SessionRuntime } from './runtime';

/** Builds the session runtime now; a configuration or store problem ends the process with its message. */
export function bootSessionRuntime(): SessionRuntime {
  try {
    const runtime = getSessionRuntime();
    const { config, manager } = runtime;
    console.info(
      `Session Lab${config.instanceName ? ` (${config.instanceName})` : ''}: ${manager.store.kind} session store, idle timeout ${config.idleTimeout} s, absolute ${config.absoluteTimeout} s.`,
    );
    return runtime;
  } catch (error) {
    console.error(`\nSession Lab cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
