import type { APIRequestContext, APIResponse } from '@playwright/test';

/**
 * One API client's session, the way curl uses it: the request context keeps
 * the cookie jar, and every write carries the session's csrfToken.
 */
export async function apiSession(request: APIRequestContext) {
  const started = await request.get('/api/session');
  if (!started.ok()) throw new Error(`GET /api/session answered ${started.status()}`);
  const { session } = await started.json();
  const headers = { 'X-CSRF-Token': session.attributes.csrfToken as string };
  const send = (method: string, path: string, data?: unknown): Promise<APIResponse> =>
    request.fetch(path, { method, headers, data: data === undefined ? undefined : typeof data === 'string' ? data : JSON.stringify(data) });
  return {
    fingerprint: session.id as string,
    headers,
    get: (path: string) => request.get(path),
    post: (path: string, data?: unknown) => send('POST', path, data),
    patch: (path: string, data?: unknown) => send('PATCH', path, data),
    put: (path: string, data?: unknown) => send('PUT', path, data),
    delete: (path: string) => send('DELETE', path),
    /** The stored attributes, straight from GET /api/session. */
    attributes: async () => (await (await request.get('/api/session')).json()).session.attributes,
    cart: async () => (await (await request.get('/api/cart')).json()).cart,
  };
}

export type ApiSession = Awaited<ReturnType<typeof apiSession>>;
