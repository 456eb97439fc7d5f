import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { MAX_QUANTITY } from '@/lib/cart/cart';
import type { ShopCartLine } from './shop-types';
import { errorAria, FieldError } from '@/components/field-error';

export const quantityInputId = (productId: string) => `quantity-${productId}`;

/** One cart line: set its quantity (0 removes) or remove it. Two forms, since forms cannot nest. */
export function CartLineItem({
  line,
  formAction,
  error,
  t,
}: {
  line: ShopCartLine;
  formAction: (formData: FormData) => void;
  /** A refusal of the last change to this line, shown under it. */
  error?: string;
  t: Dictionary['shop'];
}) {
  const inputId = quantityInputId(line.productId);
  return (
    <li className="flex flex-col gap-2 border-b border-slate-200 py-3 last:border-b-0">
      <div className="flex items-baseline justify-between gap-2">
        <span className="font-medium text-slate-900">{line.name}</span>
        <span className="tabular-nums text-slate-900">
          <span className="sr-only">{t.lineTotal}: </span>
          {line.lineTotal}
        </span>
      </div>
      <p className="text-sm text-slate-700">{format(t.unitPrice, { price: line.unitPrice })}</p>
      <div className="flex flex-wrap items-center gap-2">
        <form action={formAction} className="flex items-center gap-2">
          <input type="hidden" name="intent" value="set" />
          <input type="hidden" name="productId" value={line.productId} />
          <label htmlFor={inputId} className="sr-only">
            {format(t.quantityOf, { product: line.name })}
          </label>
          {/* Keyed by the stored quantity: once a visitor has typed, an input no longer follows its
              default value, so a change made elsewhere (another button, another tab) needs a fresh one. */}
          <input
            key={line.quantity}
            id={inputId}
            name="quantity"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_QUANTITY}
            step={1}
            required
            defaultValue={line.quantity}
            {...errorAria(inputId, error)}
            className="w-20 rounded border border-slate-400 px-2 py-1 tabular-nums"
          />
          <LineButton label={t.update} ariaLabel={format(t.updateLabel, { product: line.name })} />
        </form>
        <form action={formAction}>
          <input type="hidden" name="intent" value="remove" />
          <input type="hidden" name="productId" value={line.productId} />
          <LineButton label={t.remove} ariaLabel={format(t.removeLabel, { product: line.name })} danger />
        </form>
      </div>
      <FieldError id={inputId} error={error} />
    </li>
  );
}

/** A cart line's Update or Remove button; its accessible name says which product. */
function LineButton({ label, ariaLabel, danger = false }: { label: string; ariaLabel: string; danger?: boolean }) {
  const look = danger ? 'border-red-700 text-red-800 hover:bg-red-50' : 'border-slate-400 hover:bg-slate-100';
  return (
    <button type="submit" aria-label={ariaLabel} className={`rounded border bg-white px-2 py-1 text-sm ${look}`}>
      {label}
    </button>
  );
}
