'use client';

import { useActionState, type ReactNode } from 'react';
import { SubmitButton } from './submit-button';
import { FormStatus } from '@/components/form-status';
import { Row, Table } from '@/components/table';
import { idleState, type ActionState } from '@/lib/forms/action-state';
import type { Dictionary } from '@/lib/i18n/dictionary';

/** What every session list's row has: its fingerprint, and whether it is the session in use. */
export interface SessionListRow {
  id: string;
  current: boolean;
}

/**
 * A list of sessions with an End (or Revoke) button on each row: one form,
 * each button submits its row's id to `action`. "My sessions" and the admin's
 * list are both this, with their own columns.
 */
export function SessionList<R extends SessionListRow>({
  action,
  caption,
  headers,
  rows,
  cells,
  end,
  align,
  t,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  caption: string;
  /** The column headers between Session and Action. */
  headers: string[];
  rows: R[];
  /** A row's cells between its id and its button. */
  cells: (row: R) => ReactNode;
  /** The button's words for a row. */
  end: (row: R) => { label: string; ariaLabel: string; pendingLabel: string };
  align: 'align-top' | 'align-middle';
  t: Dictionary['auth'];
}) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <Table look="boxed" cards caption={caption} columns={[t.colSession, ...headers, t.colAction]}>
        {rows.map((row) => (
          <Row key={row.id} look="boxed" data-testid={`session-row-${row.id}`} className={align}>
            <th scope="row" className="font-mono font-normal">
              {row.id}
            </th>
            {cells(row)}
            <td>
              <EndSessionControl id={row.id} current={row.current} {...end(row)} t={t} />
            </td>
          </Row>
        ))}
      </Table>
    </form>
  );
}

/**
 * A session list's End or Revoke button for one row, submitting that row's id; the session in use
 * gets a note instead, as Log out is what ends it (and clears its cookie).
 */
function EndSessionControl({
  id,
  current,
  label,
  ariaLabel,
  pendingLabel,
  t,
}: {
  id: string;
  current: boolean;
  label: string;
  ariaLabel: string;
  pendingLabel: string;
  t: Pick<Dictionary['auth'], 'thisOne' | 'thisOneHint'>;
}) {
  if (!current)
    return <SubmitButton name="id" value={id} label={label} ariaLabel={ariaLabel} pendingLabel={pendingLabel} variant="danger" />;
  return (
    <span className="flex flex-col">
      <strong className="font-semibold text-green-800">{t.thisOne}</strong>
      <span className="text-xs text-slate-600">{t.thisOneHint}</span>
    </span>
  );
}
