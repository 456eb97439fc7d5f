import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { addItemBodySchema } from '@/lib/cart-input';
import { addToCart, cartBody } from '@/lib/cart-session';

/** `{productId, quantity}` adds to the product's line (a new line if needed). */
export const POST = apiRoute(async ({ request, session }) => {
  const { productId, quantity } = await readJson(request, addItemBodySchema);
  return cartBody(session, await addToCart(session, productId, quantity));
});
