import type { ReactNode } from 'react';
import { Row, Table } from './table';

export interface DataRow {
  /** What it is, in words: "User", "Cart". */
  label: string;
  /** Where exactly: the attribute, cookie or storage key. */
  source: string;
  /** The stored text, or null when there is none. */
  value: string | null;
  /** Already formatted size, or null when there is nothing. */
  size: string | null;
  /** A line under the value, such as a cookie's expiry. */
  extra?: ReactNode;
}

/** The same three rows (user, cart, language) in each store's panel, so they read side by side. */
export function DataTable({
  caption,
  rows,
  headers,
  noneLabel,
  testId,
}: {
  caption: string;
  rows: DataRow[];
  headers: { name: string; value: string; size: string };
  noneLabel: string;
  testId?: string;
}) {
  return (
    <Table
      caption={caption}
      columns={[{ label: headers.name, className: 'w-[30%]' }, headers.value, { label: headers.size, className: 'w-1/5 text-right' }]}
      fixed
      data-testid={testId}
    >
      {rows.map((row) => (
        <Row key={row.source} className="align-top">
          <th scope="row" className="font-normal">
            {row.label}
            <code className="block break-all font-mono text-xs text-slate-600">{row.source}</code>
          </th>
          <td>
            <span className="break-all font-mono text-base">
              {row.value ?? <span className="font-sans text-slate-600">{noneLabel}</span>}
            </span>
            {row.extra && <span className="block text-xs text-slate-600">{row.extra}</span>}
          </td>
          <td className="text-right tabular-nums">{row.size ?? '—'}</td>
        </Row>
      ))}
    </Table>
  );
}
