'use client';

import { useFormStatus } from 'react-dom';

const variants = {
  primary: 'bg-blue-800 text-white hover:bg-blue-900 disabled:bg-slate-500',
  secondary: 'border border-slate-400 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-500',
  danger: 'border border-red-700 bg-white text-red-800 hover:bg-red-50 disabled:text-slate-500',
};

/**
 * A submit button that says what is happening while its form is being sent.
 * With `value`, only the button whose value was submitted shows the pending
 * label (one form, one button per table row).
 */
export function SubmitButton({
  label,
  pendingLabel,
  variant = 'primary',
  name,
  value,
  ariaLabel,
}: {
  label: string;
  pendingLabel: string;
  variant?: keyof typeof variants;
  name?: string;
  value?: string;
  ariaLabel?: string;
}) {
  const { pending, data } = useFormStatus();
  const mine = pending && (name === undefined || data?.get(name) === value);
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-label={mine ? undefined : ariaLabel}
      disabled={pending}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${variants[variant]}`}
    >
      {mine ? pendingLabel : label}
    </button>
  );
}
