import type { ComponentProps, ReactNode } from 'react';

/** A column heading, with classes for its width or alignment when it needs them. */
export type Column = string | { label: string; className?: string };

const looks = {
  // Inside a panel: tight rows, a gap between columns.
  plain: {
    frame: 'overflow-x-auto',
    caption: 'mb-1 text-left font-medium text-slate-700',
    head: 'border-b border-slate-300',
    cells: '*:py-1 *:pr-2 *:last:pr-0',
  },
  // A card of its own, for tables that are the page's main content.
  boxed: {
    frame: 'overflow-x-auto rounded-xl border border-slate-300 bg-white shadow-sm',
    caption: 'p-3 text-left font-medium text-slate-700',
    head: 'border-y border-slate-300 bg-slate-50',
    cells: '*:px-3 *:py-2',
  },
};

/**
 * A table with a caption and a row of column headers; the body rows are the children.
 * It scrolls sideways inside its frame rather than widen the page on a phone.
 */
export function Table({
  caption,
  hideCaption = false,
  columns,
  boxed = false,
  fixed = false,
  children,
  ...rest
}: {
  /** Leave it out only where a heading right above already names the table. */
  caption?: ReactNode;
  /** For screen readers only, where the panel's title already says it on screen. */
  hideCaption?: boolean;
  columns: Column[];
  boxed?: boolean;
  /** Columns keep the widths their headers set, however long the values. */
  fixed?: boolean;
  children: ReactNode;
} & Omit<ComponentProps<'table'>, 'className' | 'children'>) {
  const look = boxed ? looks.boxed : looks.plain;
  return (
    <div className={look.frame}>
      <table className={`w-full text-left text-sm${fixed ? ' table-fixed' : ''}`} {...rest}>
        {caption && <caption className={hideCaption ? 'sr-only' : look.caption}>{caption}</caption>}
        <thead>
          <tr className={`${look.head} ${look.cells}`}>
            {columns.map((column, i) => {
              const { label, className } = typeof column === 'string' ? { label: column, className: undefined } : column;
              return (
                <th key={i} scope="col" className={className}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** A body row, its cells padded to line up with the headers; `boxed` as on its table. */
export function Row({
  boxed = false,
  rule = true,
  className,
  ...rest
}: {
  boxed?: boolean;
  /** The line under the row; a closing row such as a total goes without. */
  rule?: boolean;
} & ComponentProps<'tr'>) {
  const classes = [rule && 'border-b border-slate-200', boxed ? looks.boxed.cells : looks.plain.cells, className];
  return <tr className={classes.filter(Boolean).join(' ')} {...rest} />;
}
