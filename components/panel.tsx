import type { ReactNode } from 'react';
import { STORE_STYLE, StoreIcon, type StoreKind } from './stores/store-mark';

/**
 * The one frame of every section: a dashboard panel, a lab's step. A labelled
 * region, so screen readers list it by its title ("Server session", "Step 2 …").
 * `step` is the small number before the title in the labs that count their steps;
 * a store's panel wears that store's colour and icon.
 */
export function Panel({
  id,
  step,
  title,
  store,
  children,
}: {
  id: string;
  step?: string;
  title: string;
  store?: StoreKind;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      data-store={store}
      className={`flex min-w-0 flex-col gap-3 rounded-xl border border-slate-300 bg-white p-4 shadow-sm ${store ? `border-l-8 ${STORE_STYLE[store].accent}` : ''}`}
    >
      <h2 id={id} className="flex items-center gap-2 text-lg font-semibold text-slate-900">
        {step && <span className="whitespace-nowrap text-slate-600">{step}</span>}
        {store && <StoreIcon store={store} className="h-6 w-6" />}
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A term/definition row inside a panel; `compact`, one of several on a wrapping line. */
export function Fact({ term, compact = false, children }: { term: string; compact?: boolean; children: ReactNode }) {
  if (compact) {
    return (
      <div className="flex min-w-0 flex-wrap gap-x-1.5 text-sm">
        <dt className="font-medium text-slate-700">{term}</dt>
        <dd className="min-w-0 break-words text-slate-900">{children}</dd>
      </div>
    );
  }
  // The value keeps at least half the row: a long term ("Your session’s fingerprint now") wraps
  // instead of squeezing a value that must stay whole, such as a fingerprint, onto two lines.
  return (
    <div className="grid grid-cols-[minmax(7rem,auto)_minmax(50%,1fr)] gap-2 text-sm">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}
