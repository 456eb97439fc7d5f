import { apiRoute } from '@/lib/api/api-route';
import { routeMethods } from '@/lib/api/route-methods';
import { endOtherSessions } from '@/lib/auth/reauth';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** "Sign out everywhere else" (needs a recent password): every other session of the user ends; this one gets a new ID. */
const handlePost = apiRoute(async ({ session }) => endOtherSessions(session));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ POST: handlePost });
