import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { routeMethods } from '@/lib/api/route-methods';
import { maxInactiveIntervalSchema } from '@/lib/next-session/session-settings';
import { sessionView } from '@/lib/next-session/session-view';

// Per-session answers, never cached; also spares Next.js from wrapping the request to watch for dynamic use.
export const dynamic = 'force-dynamic';

/** Sets this session's idle timeout, 10 up to SESSION_IDLE_TIMEOUT seconds (lower, never higher). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  PUT: apiRoute(
    async ({ request, session }) => {
      const { seconds } = await readJson(request, maxInactiveIntervalSchema());
      await session.setMaxInactiveInterval(seconds);
      return { session: sessionView(session) };
    },
    { takesBody: true },
  ),
});
