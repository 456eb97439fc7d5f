import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { routeMethods } from '@/lib/api/route-methods';
import { maxInactiveIntervalSchema, setIdleTimeout } from '@/lib/session-settings';
import { sessionView } from '@/lib/session-view';

/** Sets this session's idle timeout, 10 to 86400 seconds. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  PUT: apiRoute(async ({ request, session }) => {
    const { seconds } = await readJson(request, maxInactiveIntervalSchema);
    await setIdleTimeout(session, seconds);
    return { session: sessionView(session) };
  }),
});
