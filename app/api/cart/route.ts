import { apiRoute } from '@/lib/api/api-route';
import { cartBody, clearCart } from '@/lib/cart/cart-session';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** This session's cart. */
const handleGet = apiRoute(async ({ session }) => cartBody(session));

/** Empties the cart. */
const handleDelete = apiRoute(async ({ session }) => cartBody(session, await clearCart(session)));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handleGet, DELETE: handleDelete });
