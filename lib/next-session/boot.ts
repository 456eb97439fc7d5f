import { getSessionRuntime } from './runtime';

/** Builds the session runtime now; a configuration or store problem ends the process with its message. */
export function bootSessionRuntime(): void {
  try {
    const { config, manager } = getSessionRuntime();
    console.info(
      `Session Lab (${config.instanceName}): ${manager.store.kind} session store, idle timeout ${config.idleTimeout} s, absolute ${config.absoluteTimeout} s.`,
    );
  } catch (error) {
    console.error(`\nSession Lab cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
