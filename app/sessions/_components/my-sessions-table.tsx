'use client';

import { SessionList } from '@/components/auth/session-list';
import { revokeSessionAction } from '@/lib/auth/actions';
import { format } from '@/lib/i18n/define-messages';
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
  return (
    <SessionList
      action={revokeSessionAction}
      caption={t.mySessionsCaption}
      headers={[t.colDevice, t.colCreated, t.colLastSeen]}
      rows={rows}
      align="align-middle"
      t={t}
      end={(row) => ({ label: t.revoke, ariaLabel: format(t.revokeLabel, { id: row.id, device: row.device }), pendingLabel: t.revoking })}
      cells={(row) => (
        <>
          <td data-label={t.colDevice}>{row.device}</td>
          <td data-label={t.colCreated}>
            <time dateTime={row.createdAt}>{row.created}</time>
          </td>
          <td data-label={t.colLastSeen}>
            <time dateTime={row.lastAccessedAt}>{row.lastSeen}</time>
          </td>
        </>
      )}
    />
  );
}
