'use client';

import { IntentLink } from '@/components/intent-link';
import { START_PROGRESS_KEY, START_STEPS, resetProgress, useStartProgress, type StartStep } from '@/lib/browser/start-progress';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';

export interface PathStep {
  id: StartStep;
  title: string;
  task: string;
  href: string;
  link: string;
}

/** The numbered steps with their state, read live from localStorage (every tab of the site sees the same). */
export function StartPath({ steps, t }: { steps: PathStep[]; t: Dictionary['start'] }) {
  const done = useStartProgress();
  return (
    <section aria-labelledby="start-path" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="start-path" className="text-xl font-semibold">
          {t.pathTitle}
        </h2>
        <p role="status" className="font-medium" data-testid="start-progress" data-done={done?.length}>
          {done ? format(t.progress, { done: done.length, total: START_STEPS.length }) : t.progressChecking}
        </p>
      </div>
      <ol className="flex flex-col gap-3">
        {steps.map((step, index) => {
          const finished = done?.includes(step.id) ?? false;
          return (
            <li
              key={step.id}
              data-testid={`step-${step.id}`}
              data-done={done ? finished : undefined}
              className={`flex gap-3 rounded-xl border bg-white p-3 sm:p-4 ${finished ? 'border-emerald-400' : 'border-slate-300'}`}
            >
              <span
                aria-hidden="true"
                className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-sm font-bold ${
                  finished ? 'bg-emerald-700 text-white' : 'border-2 border-slate-400 text-slate-700'
                }`}
              >
                {finished ? '✓' : index + 1}
              </span>
              <div className="flex min-w-0 flex-col gap-1">
                <h3 className="font-semibold">
                  <span className="sr-only">{index + 1}. </span>
                  {step.title}
                </h3>
                <p className="text-sm text-slate-700">{step.task}</p>
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                  <IntentLink href={step.href} className="font-medium text-blue-800 underline underline-offset-4">
                    {step.link}
                  </IntentLink>
                  <span className={finished ? 'font-semibold text-emerald-800' : 'text-slate-600'} data-testid={`step-${step.id}-state`}>
                    {done === null ? '' : finished ? t.done : t.notYet}
                  </span>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The raw value behind the list, and the one way to clear it. */
export function StoredProgress({ t }: { t: Dictionary['start'] }) {
  const done = useStartProgress();
  return (
    <div className="flex flex-col gap-3">
      <div className="text-sm">
        <p className="font-medium text-slate-700">{t.storedLabel}</p>
        <p className="mt-1 font-mono text-slate-900" data-testid="start-stored">
          {done === null ? (
            ''
          ) : done.length === 0 ? (
            <span className="font-sans text-slate-600">{t.storedNothing}</span>
          ) : (
            `localStorage["${START_PROGRESS_KEY}"] = ${JSON.stringify(done)}`
          )}
        </p>
      </div>
      <div className="flex flex-col items-start gap-1">
        <button
          type="button"
          onClick={resetProgress}
          aria-describedby="reset-hint"
          className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
        >
          {t.reset}
        </button>
        <p id="reset-hint" className="text-sm text-slate-600">
          {t.resetHint}
        </p>
      </div>
    </div>
  );
}
