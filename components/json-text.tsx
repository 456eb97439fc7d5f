import { Fragment } from 'react';

/**
 * Stored text, usually JSON, with a chance to wrap after each comma and
 * colon: a long value wraps between its items ("green-tea" stays whole)
 * instead of mid-word, and only an unbroken run longer than the line is cut.
 */
export function JsonText({ text }: { text: string }) {
  const parts = text.split(/(?<=[,:])/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
