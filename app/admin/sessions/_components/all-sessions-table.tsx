'use client';

import { useActionState } from 'react';
import { EndSessionControl } from '@/components/auth/end-session-control';
import { Row, Table } from '@/components/table';
import { endAnySessionAction } from '@/lib/auth/actions';
import { idleState } from '@/lib/forms/action-state';
import { format } from '@/lib/i18n/define-messages';
import { FormStatus } from '@/components/form-status';
import type { Dictionary } from '@/lib/i18n/dictionary';

export interface AdminSessionRow {
  id: string;
  current: boolean;
  user: string | null;
  device: string;
  created: string;
  lastActive: string;
  expires: string;
  attributes: string[];
  total: string;
}

/** Every live session as an admin sees it; End submits that row's id. */
export function AllSessionsTable({ rows, t }: { rows: AdminSessionRow[]; t: Dictionary['auth'] }) {
  const [state, formAction] = useActionState(endAnySessionAction, idleState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <Table
        look="boxed"
        cards
        caption={t.adminCaption}
        columns={[t.colSession, t.colUser, t.colDevice, t.colCreated, t.colLastActive, t.colExpires, t.colAttributes, t.colAction]}
      >
        {rows.map((row) => (
          <Row key={row.id} look="boxed" data-testid={`session-row-${row.id}`} className="align-top">
            <th scope="row" className="font-mono font-normal">
              {row.id}
            </th>
            <td data-label={t.colUser}>{row.user ?? <span className="text-slate-600">{t.anonymous}</span>}</td>
            <td data-label={t.colDevice}>{row.device}</td>
            <td data-label={t.colCreated}>{row.created}</td>
            <td data-label={t.colLastActive}>{row.lastActive}</td>
            <td data-label={t.colExpires}>{row.expires}</td>
            <td data-label={t.colAttributes}>
              <ul className="font-mono text-xs">
                {row.attributes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
                <li className="font-sans font-medium">{row.total}</li>
              </ul>
            </td>
            <td>
              <EndSessionControl
                id={row.id}
                current={row.current}
                label={t.endSession}
                ariaLabel={format(t.endLabel, { id: row.id })}
                pendingLabel={t.ending}
                t={t}
              />
            </td>
          </Row>
        ))}
      </Table>
    </form>
  );
}
