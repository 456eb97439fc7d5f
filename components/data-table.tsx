import type { ReactNode } from 'react';

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
    <table className="w-full table-fixed text-left text-sm" data-testid={testId}>
      <caption className="mb-1 text-left font-medium text-slate-700">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300">
          <th scope="col" className="w-[30%] py-1">{headers.name}</th>
          <th scope="col" className="py-1">{headers.value}</th>
          <th scope="col" className="w-1/5 py-1 text-right">{headers.size}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.source} className="border-b border-slate-200 align-top">
            <th scope="row" className="py-1 font-normal">
              {row.label}
              <code className="block break-all font-mono text-xs text-slate-600">{row.source}</code>
            </th>
            <td className="py-1">
              <span className="break-all font-mono">{row.value ?? <span className="font-sans text-slate-600">{noneLabel}</span>}</span>
              {row.extra && <span className="block text-xs text-slate-600">{row.extra}</span>}
            </td>
            <td className="py-1 text-right tabular-nums">{row.size ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
