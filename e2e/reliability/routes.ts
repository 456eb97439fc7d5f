/**
 * Every route the reliability suite attacks, in ONE table. Add a row when a
 * route is added (the bad-input corpus is generated from it):
 *
 *   { path: '/api/language', kind: 'api', methods: ['PUT'], bodies: { PUT: { language: 'ko' } } },
 *
 * `bodies` holds a VALID body per method; the corpus only ever sends broken
 * variants of it (or a valid one without a valid CSRF token), so no request
 * in the corpus may change a session.
 */

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Method = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteRow {
  /** A concrete path (fill in dynamic segments, e.g. /api/cart/items/tea). */
  path: string;
  /** 'api' answers JSON, errors as {error: {code, message}}; 'page' answers HTML. */
  kind: 'api' | 'page';
  /** The methods the route implements (HEAD and OPTIONS come with GET). Empty: an unknown path. */
  methods: Method[];
  /** A valid JSON body for each method that takes one. */
  bodies?: Partial<Record<Method, { [key: string]: Json }>>;
  /** Keys of those bodies that may be left out (so leaving one out is not a broken body). */
  optional?: string[];
}

export const ROUTES: RouteRow[] = [
  { path: '/api/health', kind: 'api', methods: ['GET'] },
  { path: '/api/session', kind: 'api', methods: ['GET'] },
  { path: '/api/session/max-inactive-interval', kind: 'api', methods: ['PUT'], bodies: { PUT: { seconds: 600 } } },
  // Unknown API paths: every method gets a JSON 404.
  { path: '/api/no-such-endpoint', kind: 'api', methods: [] },
  { path: '/api/session/max-inactive-interval/extra', kind: 'api', methods: [] },
  { path: '/api/SESSION', kind: 'api', methods: [] },
  { path: '/', kind: 'page', methods: ['GET'] },
  { path: '/no-such-page', kind: 'page', methods: [] },
  // Login, logout, my sessions, admin.
  { path: '/api/login', kind: 'api', methods: ['POST'], bodies: { POST: { username: 'alice', password: 'wonderland' } } },
  { path: '/api/logout', kind: 'api', methods: ['POST'] },
  { path: '/api/sessions', kind: 'api', methods: ['GET'] },
  { path: '/api/sessions/0123456789abcdef', kind: 'api', methods: ['DELETE'] },
  { path: '/api/admin/sessions', kind: 'api', methods: ['GET'] },
  { path: '/api/admin/sessions/0123456789abcdef', kind: 'api', methods: ['DELETE'] },
  // Shop, cart, language.
  { path: '/api/products', kind: 'api', methods: ['GET'] },
  { path: '/api/cart', kind: 'api', methods: ['GET', 'DELETE'] },
  {
    path: '/api/cart/items',
    kind: 'api',
    methods: ['POST'],
    bodies: { POST: { productId: 'green-tea', quantity: 1 } },
    optional: ['quantity'],
  },
  { path: '/api/cart/items/green-tea', kind: 'api', methods: ['PATCH', 'DELETE'], bodies: { PATCH: { quantity: 2 } } },
  { path: '/api/language', kind: 'api', methods: ['PUT'], bodies: { PUT: { language: 'ko' } } },
  // The wire view: this session's recent requests.
  { path: '/api/wire', kind: 'api', methods: ['GET'] },
  // The labs' own endpoints. (GET /api/events is left out: with a live cookie it is
  // a stream that never ends; e2e/events-api.spec.ts covers its refusals.)
  { path: '/api/lab/instances/hits', kind: 'api', methods: ['POST'] },
  { path: '/api/lab/security/tampered-cookie', kind: 'api', methods: ['POST'] },
  { path: '/api/lab/fixation/planted-cookie', kind: 'api', methods: ['POST'] },
  { path: '/api/lab/stateless', kind: 'api', methods: ['GET'] },
  { path: '/api/lab/stateless/login', kind: 'api', methods: ['POST'] },
  { path: '/api/lab/stateless/session', kind: 'api', methods: ['GET'] },
  { path: '/api/lab/stateless/replay', kind: 'api', methods: ['POST'] },
  { path: '/api/lab/stateless/note', kind: 'api', methods: ['PUT', 'DELETE'], bodies: { PUT: { bytes: 100 } } },
  { path: '/api/lab/stateless/race', kind: 'api', methods: ['POST', 'DELETE'], bodies: { POST: { store: 'server' } } },
  { path: '/api/lab/cross-site', kind: 'api', methods: ['GET', 'POST'] },
  // Records what arrived; without a run the lab opened it answers 400 or 404 and keeps nothing.
  { path: '/api/lab/cross-site/arrival?run=00000000000000000000000000000000&kind=img', kind: 'api', methods: ['GET', 'POST'] },
  { path: '/api/lab/reauth', kind: 'api', methods: ['GET', 'POST'], bodies: { POST: { password: 'wonderland', authenticatedAt: null } } },
  { path: '/api/lab/reauth/others', kind: 'api', methods: ['POST'] },
  { path: '/api/lab/reauth/password', kind: 'api', methods: ['PUT'], bodies: { PUT: { password: 'a-new-password' } } },
  { path: '/api/lab/reauth/role', kind: 'api', methods: ['PUT'], bodies: { PUT: { userId: 'alice', role: 'admin' } } },
  { path: '/api/lab/cross-site/frame?run=00000000000000000000000000000000', kind: 'api', methods: ['GET'] },
  // Pages.
  ...[
    '/login',
    '/sessions',
    '/admin/sessions',
    '/shop',
    '/compare',
    '/wire',
    '/start',
    '/lab',
    '/lab/tabs',
    '/lab/lifetime',
    '/lab/capacity',
    '/lab/security',
    '/lab/stateless',
    '/lab/fixation',
    '/lab/instances',
    '/lab/cross-site',
    '/lab/reauth',
    // The cross-site lab's "another site": a plain page of its own, no session.
    '/other-site',
  ].map((path): RouteRow => ({ path, kind: 'page', methods: ['GET'] })),
];

/** Methods with a meaning to HTTP that no route here implements, plus ones Next.js itself mishandles. */
export const ODD_METHODS = ['TRACE', 'PROPFIND', 'PURGE', 'QUERY', 'MKCOL', 'LINK', 'SEARCH', 'M-SEARCH'];
export const ALL_METHODS: Method[] = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];
