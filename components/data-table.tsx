import { Fragment, type ReactNode } from 'react';
import { JsonText } from './json-text';
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
  /** The value as a person reads it (a cart's items); the stored text is then shown on demand. */
  readable?: string;
  /** A line under the value, such as a cookie's expiry. */
  extra?: ReactNode;
}

/** The same three rows (user, cart, language) in each store's panel, so they read side by side. */
export function DataTable({
  caption,
  rows,
  headers,
  noneLabel,
  storedLabel,
  testId,
  changeLabels,
}: {
  caption: string;
  rows: DataRow[];
  headers: { name: string; value: string; size: string };
  noneLabel: string;
  /** Names the stored text behind a readable value: "Stored JSON". */
  storedLabel: string;
  testId?: string;
  /** Given: a value that changes is highlighted for a few seconds, with where the change came from. */
  changeLabels?: ChangeLabels;
}) {
  return (
    <Table
      caption={caption}
      columns={[
        { label: headers.name, className: 'w-[30%]' },
        headers.value,
        { label: headers.size, className: 'w-[max(20%,5em)] text-right' },
      ]}
      fixed
      data-testid={testId}
    >
      {rows.map((row) => (
        <Row key={row.source} className="align-top">
          <th scope="row" className="font-normal">
            {row.label}
            <code className="block font-mono text-xs text-slate-600">
              <SourceName name={row.source} />
            </code>
          </th>
          <td>
            {changeLabels ? (
              <ChangedValue value={row.value} labels={changeLabels}>
                <Value row={row} noneLabel={noneLabel} storedLabel={storedLabel} />
              </ChangedValue>
            ) : (
              <Value row={row} noneLabel={noneLabel} storedLabel={storedLabel} />
            )}
            {row.extra && <span className="block text-xs text-slate-600">{row.extra}</span>}
          </td>
          <td className="text-right tabular-nums wrap-normal">{row.size ?? '—'}</td>
        </Row>
      ))}
    </Table>
  );
}

/** The value in large type (the data leads each panel), with the stored text on demand. */
function Value({ row, noneLabel, storedLabel }: { row: DataRow; noneLabel: string; storedLabel: string }) {
  return (
    <span className="block text-base">
      {row.value === null ? (
        <span className="text-slate-600">{noneLabel}</span>
      ) : row.readable !== undefined ? (
        <>
          <span className="block">{row.readable}</span>
          <details className="text-xs">
            <summary className="cursor-pointer text-slate-700">{storedLabel}</summary>
            <code className="font-mono">
              <JsonText text={row.value} />
            </code>
          </details>
        </>
      ) : (
        <span className="font-mono">
          <JsonText text={row.value} />
        </span>
      )}
    </span>
  );
}

/**
 * A cookie or storage key ("lab_language", "lab:language") may wrap after its
 * "_" or ":" when its column is narrow (a third of a 1024 px projector), rather
 * than run into the value beside it.
 */
function SourceName({ name }: { name: string }) {
  return name.split(/(?<=[_:])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
