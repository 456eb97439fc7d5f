'use client';

import { useActionState, useEffect, useRef } from 'react';
import { mirrorToBrowser } from '@/lib/browser/mirror';
import { markStep } from '@/lib/browser/start-progress';
import { whenAnotherTabIsOpen } from '@/lib/browser/tab-presence';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { cartAction } from '@/lib/cart/actions';
import { CartLineItem, quantityInputId } from './cart-line';
import { ProductCard } from './product-card';
import type { ShopCart, ShopProduct } from './shop-types';
import { idleState } from '@/lib/forms/action-state';

/**
 * The catalog and the cart. Every form here posts to one server action, so
 * there is one status line to announce the outcome, whichever button was used.
 */
export function ShopView({ products, cart, t }: { products: ShopProduct[]; cart: ShopCart; t: Dictionary['shop'] }) {
  const [state, formAction, pending] = useActionState(cartAction, idleState);
  const cartHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.status !== 'success' || !state.data) return;
    mirrorToBrowser('cart', state.data);
    // The control just used may have been replaced (a new quantity input) or be gone (its line
    // was removed): put keyboard users back on that line's input, else on the cart heading.
    if (document.activeElement && document.activeElement !== document.body) return;
    const input = state.productId ? document.getElementById(quantityInputId(state.productId)) : null;
    (input ?? cartHeading.current)?.focus();
  }, [state]);

  // "Start here": the cart changed while another tab of the site was open to watch it. Asked when
  // the change lands, not read from the live count: that count starts after load, and a quick click
  // (or a form posted before the script ran) can beat it.
  useEffect(
    () => (state.status === 'success' && state.data ? whenAnotherTabIsOpen(() => markStep('cart-second-tab')) : undefined),
    [state],
  );

  const lineError = state.status === 'error' ? state.productId : undefined;

  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(18rem,1fr)]">
      <section aria-labelledby="catalog-heading" className="flex flex-col gap-3">
        <h2 id="catalog-heading" className="text-lg font-semibold">
          {t.catalogHeading}
        </h2>
        {/* On a phone the cart is below the whole catalog: a way down to it. */}
        <a href="#cart-heading" className="text-sm text-blue-800 underline lg:hidden">
          {format(t.jumpToCart, { count: cart.itemCount, total: cart.total })}
        </a>
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {products.map((product) => (
            <ProductCard key={product.id} product={product} formAction={formAction} t={t} />
          ))}
        </ul>
      </section>

      <section
        aria-labelledby="cart-heading"
        aria-busy={pending}
        className="flex flex-col gap-3 rounded-xl border border-slate-300 bg-white p-4 shadow-sm lg:sticky lg:top-4"
      >
        <h2 id="cart-heading" ref={cartHeading} tabIndex={-1} className="text-lg font-semibold">
          {t.cartHeading}
        </h2>
        <p
          role="status"
          data-testid="cart-status"
          className={`min-h-6 text-sm font-medium ${state.status === 'error' ? 'text-red-800' : 'text-emerald-800'}`}
        >
          {pending ? t.saving : state.message}
        </p>
        {cart.lines.length === 0 ? (
          <p className="text-slate-700">{t.cartEmpty}</p>
        ) : (
          <>
            <ul aria-label={t.cartHeading}>
              {cart.lines.map((line) => (
                <CartLineItem
                  key={line.productId}
                  line={line}
                  formAction={formAction}
                  error={lineError === line.productId ? state.message : undefined}
                  t={t}
                />
              ))}
            </ul>
            <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 border-t border-slate-300 pt-2">
              <dt className="text-slate-700">{t.items}</dt>
              <dd className="text-right tabular-nums" data-testid="cart-count">
                {cart.itemCount}
              </dd>
              <dt className="font-semibold">{t.total}</dt>
              <dd className="text-right font-semibold tabular-nums" data-testid="cart-total">
                {cart.total}
              </dd>
            </dl>
            <form action={formAction}>
              <input type="hidden" name="intent" value="clear" />
              <button
                type="submit"
                className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
              >
                {t.clear}
              </button>
            </form>
          </>
        )}
        <p className="text-xs text-slate-600">{t.cartWhere}</p>
        <p className="text-xs text-slate-600">{t.mirrorNote}</p>
      </section>
    </div>
  );
}
