import { apiRoute } from '@/lib/api/api-route';
import { cartBody, clearCart } from '@/lib/cart-session';

/** This session's cart. */
export const GET = apiRoute(async ({ session }) => cartBody(session));

/** Empties the cart. */
export const DELETE = apiRoute(async ({ session }) => cartBody(session, await clearCart(session)));
