'use client';

import { useActionState } from 'react';
import { EndSessionControl } from '@/components/auth/end-session-control';
import { Row, Table } from '@/components/table';
import { revokeSessionAction } from '@/lib/auth/actions';
import { idleState } from '@/lib/forms/action-state';
import { format } from '@/lib/i18n/define-messages';
import { FormStatus } from '@/components/form-status';
import type { Dictionary } from '@/lib/i18n/dictionary';

export interface MySessionRow {
  id: string;
  current: boolean;
  device: string;
  createdAt: string;
  created: string;
  lastAccessedAt: string;
  lastSeen: string;
}

/** The signed-in user's sessions. One form; each Revoke button submits its row's id. */
export function MySessionsTable({ rows, t }: { rows: MySessionRow[]; t: Dictionary['auth'] }) {
  const [state, formAction] = useActionState(revokeSessionAction, idleState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <Table
        look="boxed"
        cards
        caption={t.mySessionsCaption}
        columns={[t.colSession, t.colDevice, t.colCreated, t.colLastSeen, t.colAction]}
      >
        {rows.map((row) => (
          <Row key={row.id} look="boxed" data-testid={`session-row-${row.id}`} className="align-middle">
            <th scope="row" className="font-mono font-normal">
              {row.id}
            </th>
            <td data-label={t.colDevice}>{row.device}</td>
            <td data-label={t.colCreated}>
              <time dateTime={row.createdAt}>{row.created}</time>
            </td>
            <td data-label={t.colLastSeen}>
              <time dateTime={row.lastAccessedAt}>{row.lastSeen}</time>
            </td>
            <td>
              <EndSessionControl
                id={row.id}
                current={row.current}
                label={t.revoke}
                ariaLabel={format(t.revokeLabel, { id: row.id, device: row.device })}
                pendingLabel={t.revoking}
                t={t}
              />
            </td>
          </Row>
        ))}
      </Table>
    </form>
  );
}
