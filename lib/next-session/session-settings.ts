import { z } from 'zod';
import { getSessionRuntime } from './runtime';

/**
 * Ten seconds is short enough to watch a session die in class. The most is
 * the server's own SESSION_IDLE_TIMEOUT: a session may lower its idle timeout,
 * never raise it (raised to a day, 1,200 sessions grew the store by 90 MB a minute).
 */
export function idleTimeoutSchema(max: number) {
  return z
    .object({
      seconds: z
        .number({ error: 'seconds must be a number' })
        .int('seconds must be a whole number')
        .min(10, 'seconds must be at least 10')
        .max(max, `seconds must be at most ${max}, this server's SESSION_IDLE_TIMEOUT: a session may lower its idle timeout, not raise it`),
    })
    .strict();
}

/** The schema for this server: 10 up to its SESSION_IDLE_TIMEOUT. */
export function maxInactiveIntervalSchema() {
  return idleTimeoutSchema(getSessionRuntime().config.idleTimeout);
}
