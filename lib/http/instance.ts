import 'server-only';
import { getSessionRuntime } from '../next-session/runtime';

/** Names the app instance that answered, so a visitor can watch a session move between instances. */
export const SERVED_BY_HEADER = 'X-Served-By';

/** What the instances lab calls this process: INSTANCE_NAME, or "unnamed" when it runs alone. */
export function instanceName(): string {
  return getSessionRuntime().config.instanceName ?? 'unnamed';
}

/**
 * Sent only when INSTANCE_NAME is set (npm run cluster sets it): by default a
 * response does not tell the world this machine's host name and port.
 */
export function withServedBy<R extends Response>(response: R): R {
  const name = getSessionRuntime().config.instanceName;
  if (name) response.headers.set(SERVED_BY_HEADER, name);
  return response;
}
