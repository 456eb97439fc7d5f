import type { Metadata } from 'next';
import { StackEquivalents } from '@/components/stack-equivalents/stack-equivalents';
import { itemCount, type CartLine } from '@/lib/cart/cart';
import { cartOf } from '@/lib/cart/cart-session';
import { cartView } from '@/lib/cart/cart-view';
import { PRODUCTS } from '@/lib/cart/catalog';
import { currentDictionary } from '@/lib/next-session/language';
import { formatPrice } from '@/lib/cart/money';
import { readPageSession } from '@/lib/next-session/request-session';
import { ShopView } from './_components/shop-view';
import { StoreDownNotice } from '@/components/store-down-notice';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.shop.title };
}

export default async function ShopPage() {
  const { language, t } = await currentDictionary();
  const { session, storeDown } = await readPageSession();
  const cart: CartLine[] = session ? cartOf(session) : [];
  const view = cartView(cart, language);
  const price = (cents: number) => formatPrice(cents, language);
  const products = PRODUCTS.map((product) => ({
    id: product.id,
    name: product.name[language],
    price: price(product.price),
    image: product.image,
    inCart: cart.find((line) => line.productId === product.id)?.quantity ?? 0,
  }));
  const lines = view.items.map((item) => ({
    productId: item.productId,
    name: item.name,
    quantity: item.quantity,
    unitPrice: price(item.unitPrice),
    lineTotal: price(item.lineTotal),
  }));

  return (
    <div className="flex flex-col gap-6">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold">{t.shop.title}</h1>
        <p className="mt-2 text-slate-700">{t.shop.intro}</p>
        <p className="mt-2 text-sm text-slate-700">{t.shop.currencyNote}</p>
      </div>
      {storeDown && <StoreDownNotice text={t.common.storeDown} />}
      {/* Keyed by language: a status line from before a switch would be in the old language. */}
      <ShopView
        key={language}
        products={products}
        cart={{ lines, itemCount: itemCount(view.items), total: price(view.total) }}
        t={t.shop}
      />
      <StackEquivalents id="stacks-shop" actions={['getOrCreate', 'setAttribute', 'getAttribute', 'removeAttribute']} t={t.stacks} />
    </div>
  );
}
