import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { setQuantityBodySchema } from '@/lib/cart-input';
import { cartBody, removeFromCart, setCartQuantity } from '@/lib/cart-session';

type Params = { productId: string };

/** `{quantity}` sets the line to exactly that; 0 removes it. */
export const PATCH = apiRoute<Params>(async ({ request, session, params }) => {
  const { quantity } = await readJson(request, setQuantityBodySchema);
  return cartBody(session, await setCartQuantity(session, params.productId, quantity));
});

/** Removes the product's line. */
export const DELETE = apiRoute<Params>(async ({ session, params }) =>
  cartBody(session, await removeFromCart(session, params.productId)),
);
