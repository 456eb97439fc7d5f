import 'server-only';
import { getSessionRuntime } from '../next-session/runtime';

/** Names the app instance that answered, so a visitor can watch a session move between instances. */
export const SERVED_BY_HEADER = 'X-Served-By';

export function instanceName(): string {
  return getSessionRuntime().config.instanceName;
}

export function withServedBy<R extends Response>(response: R): R {
  response.headers.set(SERVED_BY_HEADER, instanceName());
  return response;
}
