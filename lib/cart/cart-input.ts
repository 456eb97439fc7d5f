import { z } from 'zod';
import { MAX_QUANTITY } from './cart';

/*
 * The shapes the cart API accepts. JSON numbers stay numbers: "2" is a wrong
 * type, not a quantity. Unknown fields are refused (strict), so a typo such as
 * {"qty": 2} gets a 400 instead of silently adding one.
 */

/** "is required" when the field is missing, else what it should have been. */
const typeError = (expected: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `must be ${expected}`),
});

const quantity = (min: 0 | 1) =>
  z
    .number(typeError('a number'))
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(MAX_QUANTITY, `must be at most ${MAX_QUANTITY}`);

export const productIdSchema = z.string(typeError('a string')).min(1, 'must not be empty').max(100, 'is too long');

/** POST /api/cart/items. `quantity` may be left out: one. */
export const addItemBodySchema = z.object({ productId: productIdSchema, quantity: quantity(1).default(1) }).strict();

/** PATCH /api/cart/items/{productId}. 0 removes the line. */
export const setQuantityBodySchema = z.object({ quantity: quantity(0) }).strict();
