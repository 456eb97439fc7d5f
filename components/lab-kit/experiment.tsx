import type { ReactNode } from 'react';
import { Panel } from '../panel';

/**
 * What a lab is made of (copy any lab's page to start a new one): `Experiment`
 * for each step (the same frame as the dashboard's panels), `LabButton` for
 * each button, `Outcome` for what a button found, and `useLabRequest` for the
 * request behind it.
 */
export const Experiment = Panel;

export { LabButton, labButton, labButtonSecondary } from './lab-button';

/** Where a lab's button reports what happened (announced to screen readers). */
export function Outcome({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" data-testid={testId} className="flex min-h-6 flex-col gap-1 text-sm">
      {children}
    </div>
  );
}
