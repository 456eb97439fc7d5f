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

/**
 * Where a lab's button reports what happened (announced to screen readers).
 * The live region is in the page from the start (a region added with its
 * message is not announced), but while empty it is taken out of the flow
 * (`empty:absolute`): no blank line and no extra gap under the button.
 */
export function Outcome({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" data-testid={testId} className="flex min-h-6 flex-col gap-1 text-sm empty:absolute empty:min-h-0">
      {children}
    </div>
  );
}
