'use client';

import { useSyncExternalStore, type ButtonHTMLAttributes } from 'react';

const subscribe = () => () => {};

/**
 * A lab's button: a plain button that stays disabled until React has
 * hydrated the page, so an early click is never silently lost (these buttons
 * run code in the browser; there is no form to fall back on).
 */
export function LabButton({ disabled, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return <button type="button" {...props} disabled={!hydrated || disabled} />;
}
