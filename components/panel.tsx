import type { ReactNode } from 'react';

/**
 * The one frame of every section: a dashboard panel, a lab's step. A labelled
 * region, so screen readers list it by its title ("Server session", "Step 2 …").
 * `step` is the small number before the title in the labs that count their steps.
 */
export function Panel({ id, step, title, children }: { id: string; step?: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {step && <span className="mr-2 text-slate-600">{step}</span>}
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A term/definition row inside a panel. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-2 text-sm">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}
