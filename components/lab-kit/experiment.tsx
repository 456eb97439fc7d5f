import type { ReactNode } from 'react';

/** One numbered experiment of a lab: a labelled region the visitor can find by its title. */
export function Experiment({ id, step, title, children }: { id: string; step: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        <span className="mr-2 text-slate-600">{step}</span>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Where a lab's button reports what happened (announced to screen readers). */
export function Outcome({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" data-testid={testId} className="flex min-h-6 flex-col gap-1 text-sm">
      {children}
    </div>
  );
}

/** The buttons of the labs. */
export const labButton =
  'self-start rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900 disabled:bg-slate-500';
export const labButtonSecondary =
  'self-start rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:text-slate-500';
