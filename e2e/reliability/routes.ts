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
  // Still to come from the other branches (DESIGN.md's contract), to add when merged:
  //   POST /api/login {username, password}, POST /api/logout, GET /api/products, GET /api/cart,
  //   POST /api/cart/items {productId, quantity}, PATCH and DELETE /api/cart/items/{productId},
  //   DELETE /api/cart, PUT /api/language {language}, GET /api/sessions, DELETE /api/sessions/{id},
  //   GET /api/admin/sessions, and the pages /login, /sessions, /admin/sessions, /lab/...
];

/** Methods with a meaning to HTTP that no route here implements, plus ones Next.js itself mishandles. */
export const ODD_METHODS = ['TRACE', 'PROPFIND', 'PURGE', 'QUERY', 'MKCOL', 'LINK', 'SEARCH', 'M-SEARCH'];
export const ALL_METHODS: Method[] = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];
