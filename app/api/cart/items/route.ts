import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { addItemBodySchema } from '@/lib/cart/cart-input';
import { addToCart, cartBody } from '@/lib/cart/cart-session';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** `{productId, quantity}` adds to the product's line (a new line if needed). */
const handlePost = apiRoute(
  async ({ request, session }) => {
    const { productId, quantity } = await readJson(request, addItemBodySchema);
    return cartBody(session, await addToCart(session, productId, quantity));
  },
  { takesBody: true },
);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ POST: handlePost });
