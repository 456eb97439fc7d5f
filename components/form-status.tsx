import type { ReactNode } from 'react';
import type { ActionState } from '@/lib/forms/action-state';

/**
 * A form's outcome, announced politely by screen readers. The region is always
 * in the page (only its text changes), which is what makes the announcement work.
 */
export function FormStatus({
  state,
  pendingText,
  hideMessage = false,
  children,
}: {
  state: ActionState<unknown>;
  /** Shown while the action runs, e.g. "Working…". */
  pendingText?: string | null;
  /** When field errors already say it beside the fields. */
  hideMessage?: boolean;
  children?: ReactNode;
}) {
  const text = pendingText || (hideMessage || state.status === 'idle' ? '' : state.message);
  const tone = state.status === 'error' && !pendingText ? 'text-red-800' : 'text-green-800';
  return (
    <div role="status" aria-live="polite" className="min-h-6">
      {text && <p className={`font-medium ${tone}`}>{text}</p>}
      {children}
    </div>
  );
}
