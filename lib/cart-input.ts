import { z } from 'zod';
import { MAX_QUANTITY } from './cart';

/*
 * The shapes the cart API accepts. JSON numbers stay numbers: "2" is a wrong
 * type, not a quantity. Unknown fields are refused (strict), so a typo such as
 * {"qty": 2} gets a 400 instead of silently adding one.
 */

const quantity = (min: 0 | 1) =>
  z
    .number({ error: 'quantity must be a number' })
    .int('quantity must be a whole number')
    .min(min, `quantity must be at least ${min}`)
    .max(MAX_QUANTITY, `quantity must be at most ${MAX_QUANTITY}`);

export const productIdSchema = z
  .string({ error: 'productId must be a string' })
  .min(1, 'productId must not be empty')
  .max(100, 'productId is too long');

/** POST /api/cart/items. `quantity` may be left out: one. */
export const addItemBodySchema = z.object({ productId: productIdSchema, quantity: quantity(1).default(1) }).strict();

/** PATCH /api/cart/items/{productId}. 0 removes the line. */
export const setQuantityBodySchema = z.object({ quantity: quantity(0) }).strict();
