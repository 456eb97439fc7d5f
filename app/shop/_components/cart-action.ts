'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { ApiError } from '@/lib/api/api-error';
import { CartLimitError, MAX_LINES, MAX_QUANTITY, type CartLine } from '@/lib/cart/cart';
import { productIdSchema } from '@/lib/cart/cart-input';
import { addToCart, clearCart, removeFromCart, setCartQuantity, UnknownProductError } from '@/lib/cart/cart-session';
import { findProduct } from '@/lib/cart/catalog';
import type { ActionState } from '@/lib/forms/action-state';
import { format } from '@/lib/i18n/define-messages';
import { getDictionary, type Dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { languageOf } from '@/lib/next-session/language';
import { getSession } from '@/lib/next-session/request-session';
import { SessionEndedError } from '@/lib/session/http-session';
import { StoreUnavailableError } from '@/lib/session/store';

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

function refusal(error: unknown, t: Dictionary['shop'], storeDown: string): string {
  if (error instanceof CartLimitError) {
    return error.limit === 'quantity' ? format(t.errorQuantityLimit, { max: MAX_QUANTITY }) : format(t.errorLinesLimit, { max: MAX_LINES });
  }
  if (error instanceof UnknownProductError) return t.errorUnknownProduct;
  if (error instanceof ApiError && error.code === 'invalid_input') return format(t.errorQuantity, { max: MAX_QUANTITY });
  if (error instanceof SessionEndedError) return t.errorSessionEnded;
  if (error instanceof StoreUnavailableError) return storeDown;
  console.error('Unexpected error in the cart action', error);
  return t.errorGeneric;
}

/**
 * Every cart form of the shop page posts here (with JavaScript or without):
 * the same session operations as the JSON API, answered in the visitor's
 * language, with the new cart for the tab to mirror.
 */
export async function cartAction(_previous: CartActionState, formData: FormData): Promise<CartActionState> {
  let t = getDictionary('en');
  const input = formSchema.safeParse(Object.fromEntries(formData));
  const wanted = input.success && 'productId' in input.data ? input.data.productId : undefined;
  try {
    const session = await getSession();
    const language = languageOf(session);
    t = getDictionary(language);
    if (!input.success) throw new ApiError(400, 'invalid_input', 'The form was not filled in as expected.');
    const form = input.data;
    let cart: CartLine[];
    let message: string;
    switch (form.intent) {
      case 'add': {
        cart = await addToCart(session, form.productId, 1);
        const quantity = cart.find((line) => line.productId === form.productId)?.quantity ?? 0;
        message = format(t.shop.added, { product: productName(form.productId, language), quantity });
        break;
      }
      case 'set': {
        const quantity = Number(form.quantity);
        cart = await setCartQuantity(session, form.productId, quantity);
        const name = productName(form.productId, language);
        message = quantity === 0 ? format(t.shop.removed, { product: name }) : format(t.shop.quantitySet, { product: name, quantity });
        break;
      }
      case 'remove':
        cart = await removeFromCart(session, form.productId);
        message = format(t.shop.removed, { product: productName(form.productId, language) });
        break;
      case 'clear':
        cart = await clearCart(session);
        message = t.shop.cleared;
        break;
    }
    refresh();
    return { status: 'success', message, data: cart, productId: wanted };
  } catch (error) {
    return { status: 'error', message: refusal(error, t.shop, t.common.storeDown), productId: wanted };
  }
}
