'use client';

import { useSyncExternalStore, type ButtonHTMLAttributes } from 'react';

const subscribe = () => () => {};

/** The two looks of the labs' buttons (`className` overrides them). */
export const labButton =
  'self-start rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white hover:bg-blue-900 disabled:bg-slate-500';
export const labButtonSecondary =
  'self-start rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:text-slate-500';

/**
 * Every button of every lab. A plain button (type="button") runs code in the
 * browser and has no form to fall back on, so it stays disabled until React
 * has hydrated the page: an early click is never silently lost. A submit
 * button posts its form, which works before hydration too, so it is never held.
 */
export function LabButton({
  disabled,
  type = 'button',
  variant = 'primary',
  className,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' }) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const held = type === 'button' && !hydrated;
  return (
    <button
      type={type}
      {...props}
      disabled={held || disabled}
      className={className ?? (variant === 'primary' ? labButton : labButtonSecondary)}
    />
  );
}
