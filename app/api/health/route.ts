import { routeMethods } from '@/lib/api/route-methods';
import { getSessionRuntime } from '@/lib/session-runtime';

export const dynamic = 'force-dynamic';

/** For load balancers and for us: is the session store reachable? */
async function health() {
  const headers = { 'Cache-Control': 'no-store' };
  let store = 'unknown';
  try {
    const { manager } = getSessionRuntime();
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
