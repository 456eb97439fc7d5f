/*
 * A form field's error, tied to its control: the message has the id
 * `<control id>-error`, and the control points at it, so a screen reader reads
 * the error with the field.
 */

/** The control's attributes: invalid, and described by its error, when there is one. */
export function errorAria(id: string, error: unknown): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  return error ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
}

/** The error under the field, or nothing. */
export function FieldError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="text-sm text-red-800">
      {error}
    </p>
  );
}
