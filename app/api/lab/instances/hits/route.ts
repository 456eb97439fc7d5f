import { apiRoute } from '@/lib/api/api-route';
import { instanceName } from '@/lib/http/instance';
import { countInstanceHit } from '@/lib/labs/instance-hits';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** Counts one write by the instance that answers, in this session: `{instance, session, hits}`. */
const handlePost = apiRoute(async ({ session }) => {
  const instance = instanceName();
  const hits = await countInstanceHit(session, instance);
  return { instance, session: session.fingerprint, hits };
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ POST: handlePost });
