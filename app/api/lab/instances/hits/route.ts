import { apiRoute } from '@/lib/api/api-route';
import { instanceName } from '@/lib/instance';
import { countInstanceHit } from '@/lib/instance-hits';

/** Counts one write by the instance that answers, in this session: `{instance, session, hits}`. */
export const POST = apiRoute(async ({ session }) => {
  const instance = instanceName();
  const hits = await countInstanceHit(session, instance);
  return { instance, session: session.fingerprint, hits };
});
