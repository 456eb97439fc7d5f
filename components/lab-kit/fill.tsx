import { Fragment, type ReactNode } from 'react';

/**
 * Like format(), but a placeholder may become an element (a <code>, a link),
 * wherever the language puts it: fill('Your session: {id}', {id: <code>…</code>}).
 */
export function fill(template: string, values: Record<string, ReactNode>): ReactNode {
  const parts = template.split(/\{(\w+)\}/g);
  return parts.map((part, index) => (
    // Odd indexes are the placeholder names the split captured.
    <Fragment key={index}>{index % 2 === 1 ? (part in values ? values[part] : `{${part}}`) : part}</Fragment>
  ));
}
