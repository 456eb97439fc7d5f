import { apiRoute } from '@/lib/api/api-route';
import { logOutBothAndReplay } from '@/lib/stateless/stateless-lab';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** Logs out of both, then opens the copies of both cookies this request carried. */
const handlePost = apiRoute(async ({ session }) => logOutBothAndReplay(session));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ POST: handlePost });
