import type { ReactNode } from 'react';

/** A lab form's one field: its label, then the control and the form's buttons in a row that wraps on a phone. */
export function FieldRow({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <div className="flex flex-wrap gap-2">{children}</div>
    </>
  );
}
