import type { z } from 'zod';

/**
 * What every server action returns to its `useActionState` form: a status
 * for the aria-live region, and per-field errors for aria-describedby.
 */
export interface ActionState<Data = undefined> {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the client mirrors into its cookie and sessionStorage on success. */
  data?: Data;
}

export const idleState: ActionState<never> = { status: 'idle' };

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || 'form';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
