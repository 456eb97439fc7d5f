import { SERVED_BY_HEADER } from '@/lib/http/instance';
import { routeMethods } from '@/lib/api/route-methods';
import { getSessionRuntime } from '@/lib/next-session/runtime';

export const dynamic = 'force-dynamic';

/** For load balancers and for us: is the session store reachable? */
async function health() {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  let store = 'unknown';
  try {
    const { manager, config } = getSessionRuntime();
    // The proxy skips this route (health checks must not create sessions), so it names the instance itself.
    if (config.instanceName) headers[SERVED_BY_HEADER] = config.instanceName;
    store = manager.store.kind;
    await manager.store.ping();
    return Response.json({ ok: true, store }, { headers });
  } catch {
    return Response.json(
      { ok: false, store, error: { code: 'store_unavailable', message: 'The session store cannot be reached.' } },
      { status: 503, headers },
    );
  }
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: health });
