'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { CartLimitError, MAX_LINES, MAX_QUANTITY, type CartLine } from './cart';
import { productIdSchema } from './cart-input';
import { addToCart, clearCart, removeFromCart, setCartQuantity, UnknownProductError } from './cart-session';
import { findProduct } from './catalog';
import { ApiError } from '../api/api-error';
import type { ActionState } from '../forms/action-state';
import { format } from '../i18n/define-messages';
import type { Dictionary } from '../i18n/dictionary';
import type { Language } from '../i18n/languages';
import { validatedAction } from '../forms/validated-action';
import type { HttpSession } from '../session/http-session';

/** What the cart's forms send. Form fields are text, so the quantity is parsed here, then ranged by the cart rules. */
const productId = productIdSchema;
const formSchema = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('add'), productId }),
  z.object({
    intent: z.literal('set'),
    productId,
    quantity: z
      .string()
      .trim()
      .regex(/^\d{1,3}$/),
  }),
  z.object({ intent: z.literal('remove'), productId }),
  z.object({ intent: z.literal('clear') }),
]);

export type CartActionState = ActionState<CartLine[]> & { productId?: string };

/** Only called after an operation succeeded, so the product exists. */
function productName(id: string, language: Language): string {
  return findProduct(id)?.name[language] ?? id;
}

/** The cart's own refusals, in the visitor's words. */
function refusal(error: unknown, t: Dictionary): string {
  if (error instanceof CartLimitError) {
    return error.limit === 'quantity'
      ? format(t.shop.errorQuantityLimit, { max: MAX_QUANTITY })
      : format(t.shop.errorLinesLimit, { max: MAX_LINES });
  }
  if (error instanceof UnknownProductError) return t.shop.errorUnknownProduct;
  if (error instanceof ApiError && error.code === 'invalid_input') return format(t.shop.errorQuantity, { max: MAX_QUANTITY });
  console.error('Unexpected error in the cart action', error);
  return t.shop.errorGeneric;
}

/** What the cart changed, in words. */
async function change(form: z.output<typeof formSchema>, session: HttpSession, t: Dictionary, language: Language) {
  switch (form.intent) {
    case 'add': {
      const cart = await addToCart(session, form.productId, 1);
      const quantity = cart.find((line) => line.productId === form.productId)?.quantity ?? 0;
      return { cart, message: format(t.shop.added, { product: productName(form.productId, language), quantity }) };
    }
    case 'set': {
      const quantity = Number(form.quantity);
      const cart = await setCartQuantity(session, form.productId, quantity);
      const product = productName(form.productId, language);
      return { cart, message: format(quantity === 0 ? t.shop.removed : t.shop.quantitySet, { product, quantity }) };
    }
    case 'remove': {
      const cart = await removeFromCart(session, form.productId);
      return { cart, message: format(t.shop.removed, { product: productName(form.productId, language) }) };
    }
    case 'clear':
      return { cart: await clearCart(session), message: t.shop.cleared };
  }
}

/**
 * Every cart form of the shop page posts here (with JavaScript or without):
 * the same session operations as the JSON API, answered in the visitor's
 * language, with the new cart for the tab to mirror.
 */
export const cartAction = validatedAction({
  schema: formSchema,
  invalid: (t) => ({ message: format(t.shop.errorQuantity, { max: MAX_QUANTITY }) }),
  run: async (form, { session, t, language }): Promise<CartActionState> => {
    const { cart, message } = await change(form, session, t, language);
    refresh();
    return { status: 'success', message, data: cart, productId: 'productId' in form ? form.productId : undefined };
  },
  refuse: refusal,
  keep: (formData) => ({ productId: productIdSchema.safeParse(formData.get('productId')).data }),
});
