import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { setQuantityBodySchema } from '@/lib/cart/cart-input';
import { cartBody, removeFromCart, setCartQuantity } from '@/lib/cart/cart-session';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

type Params = { productId: string };

/** `{quantity}` sets the line to exactly that; 0 removes it. */
const handlePatch = apiRoute<Params>(
  async ({ request, session, params }) => {
    const { quantity } = await readJson(request, setQuantityBodySchema);
    return cartBody(session, await setCartQuantity(session, params.productId, quantity));
  },
  { takesBody: true },
);

/** Removes the product's line. */
const handleDelete = apiRoute<Params>(async ({ session, params }) => cartBody(session, await removeFromCart(session, params.productId)));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ PATCH: handlePatch, DELETE: handleDelete });
