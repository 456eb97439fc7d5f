import Image from 'next/image';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { ShopProduct } from './shop-types';

/** One product: picture, name, price, how many are in the cart, and its add button. */
export function ProductCard({
  product,
  formAction,
  t,
}: {
  product: ShopProduct;
  formAction: (formData: FormData) => void;
  t: Dictionary['shop'];
}) {
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3">
      <div className="flex items-center gap-3">
        {/* The name is right beside it, so the picture is decoration: empty alt. */}
        <Image src={product.image} alt="" width={56} height={56} unoptimized className="shrink-0" />
        <div className="min-w-0">
          <h3 className="font-semibold text-slate-900">{product.name}</h3>
          <p className="tabular-nums text-slate-800">{product.price}</p>
          {product.inCart > 0 && (
            <p className="text-sm text-emerald-800" data-testid={`in-cart-${product.id}`}>
              {format(t.inCart, { count: product.inCart })}
            </p>
          )}
        </div>
      </div>
      <form action={formAction} className="mt-auto">
        <input type="hidden" name="intent" value="add" />
        <input type="hidden" name="productId" value={product.id} />
        <button type="submit" className="w-full rounded-md bg-blue-700 px-3 py-2 text-sm font-medium text-white hover:bg-blue-800">
          {format(t.addToCart, { product: product.name })}
        </button>
      </form>
    </li>
  );
}
