import { apiRoute } from '@/lib/api/api-route';
import { catalogView } from '@/lib/cart/catalog';
import { languageOf } from '@/lib/next-session/language';
import { CURRENCY } from '@/lib/cart/money';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** The catalog, names in the session's language, prices in integer cents. */
const handleGet = apiRoute(async ({ session }) => ({ products: catalogView(languageOf(session)), currency: CURRENCY }));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handleGet });
