import type { ComponentProps, ReactNode } from 'react';

/** A column heading, with classes for its width or alignment when it needs them. */
export type Column = string | { label: string; className?: string };

const caption = 'mb-1 text-left font-medium text-slate-700';
const head = 'border-b border-slate-300';

const looks = {
  // Inside a panel: tight rows.
  plain: { caption, head, cells: '*:py-1' },
  // The same, with a gap between columns whose values would otherwise run together.
  spaced: { caption, head, cells: '*:py-1 *:pr-2 *:last:pr-0' },
  // A card of its own, for a table that is the page's main content.
  boxed: {
    caption: 'p-3 text-left font-medium text-slate-700',
    head: 'border-y border-slate-300 bg-slate-50',
    cells: '*:px-3 *:py-2',
  },
};

export type Look = keyof typeof looks;

const boxedFrame = 'overflow-x-auto rounded-xl border border-slate-300 bg-white shadow-sm';

/**
 * Below the md breakpoint each row becomes a card: cells stack, and each cell
 * with a `data-label` shows that label above its value. The column headers stay
 * for screen readers. One table in the DOM, so a row's controls are found the
 * same way at every width.
 */
const cardLayout = [
  'max-md:block max-md:[&_caption]:block max-md:[&_thead]:sr-only max-md:[&_tbody]:block',
  'max-md:[&_tr]:block max-md:[&_tr]:py-2 max-md:[&_th]:block max-md:[&_td]:block max-md:[&_td]:py-1',
  'max-md:[&_[data-label]]:before:block max-md:[&_[data-label]]:before:text-xs max-md:[&_[data-label]]:before:font-medium',
  'max-md:[&_[data-label]]:before:text-slate-600 max-md:[&_[data-label]]:before:content-[attr(data-label)]',
].join(' ');

/**
 * A table with a caption and a row of column headers; the body rows are the children.
 * A boxed or `scroll` table scrolls sideways inside its frame rather than widen the page on a phone.
 */
export function Table({
  caption,
  hideCaption = false,
  columns,
  look = 'plain',
  scroll = false,
  fixed = false,
  cards = false,
  children,
  ...rest
}: {
  /** Leave it out only where a heading right above already names the table. */
  caption?: ReactNode;
  /** For screen readers only, where the panel's title already says it on screen. */
  hideCaption?: boolean;
  columns: Column[];
  look?: Look;
  /** For values that can be wider than a phone. The frame takes no keyboard focus, so only where it is needed. */
  scroll?: boolean;
  /** Columns keep the widths their headers set, however long the values. */
  fixed?: boolean;
  /** Cards on a phone (see cardLayout): for rows whose last cell holds a button a phone must reach. */
  cards?: boolean;
  children: ReactNode;
} & Omit<ComponentProps<'table'>, 'className' | 'children'>) {
  const styles = looks[look];
  const table = (
    <table className={`w-full text-left text-sm${fixed ? ' table-fixed' : ''}${cards ? ` ${cardLayout}` : ''}`} {...rest}>
      {caption && <caption className={hideCaption ? 'sr-only' : styles.caption}>{caption}</caption>}
      <thead>
        <tr className={`${styles.head} ${styles.cells}`}>
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
  );
  if (look === 'boxed') return <div className={boxedFrame}>{table}</div>;
  return scroll ? <div className="overflow-x-auto">{table}</div> : table;
}

/** A body row, its cells padded to line up with the headers; `look` as on its table. */
export function Row({
  look = 'plain',
  rule = true,
  className,
  ...rest
}: {
  look?: Look;
  /** The line under the row; a closing row such as a total goes without. */
  rule?: boolean;
} & ComponentProps<'tr'>) {
  const classes = [rule && 'border-b border-slate-200', looks[look].cells, className];
  return <tr className={classes.filter(Boolean).join(' ')} {...rest} />;
}
