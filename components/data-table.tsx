import type { ReactNode } from 'react';
import { ChangedValue, type ChangeLabels } from './stores/changed-value';
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
  changeLabels,
}: {
  caption: string;
  rows: DataRow[];
  headers: { name: string; value: string; size: string };
  noneLabel: string;
  testId?: string;
  /** Given: a value that changes is highlighted for a few seconds, with where the change came from. */
  changeLabels?: ChangeLabels;
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
            {changeLabels ? (
              <ChangedValue value={row.value} labels={changeLabels}>
                <Value value={row.value} noneLabel={noneLabel} />
              </ChangedValue>
            ) : (
              <Value value={row.value} noneLabel={noneLabel} />
            )}
            {row.extra && <span className="block text-xs text-slate-600">{row.extra}</span>}
          </td>
          <td className="text-right tabular-nums">{row.size ?? '—'}</td>
        </Row>
      ))}
    </Table>
  );
}

function Value({ value, noneLabel }: { value: string | null; noneLabel: string }) {
  return <span className="break-all font-mono text-base">{value ?? <span className="font-sans text-slate-600">{noneLabel}</span>}</span>;
}
