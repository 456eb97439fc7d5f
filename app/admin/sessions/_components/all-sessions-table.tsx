'use client';

import { SessionList } from '@/components/auth/session-list';
import { endAnySessionAction } from '@/lib/auth/actions';
import { format } from '@/lib/i18n/define-messages';
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
  return (
    <SessionList
      action={endAnySessionAction}
      caption={t.adminCaption}
      headers={[t.colUser, t.colDevice, t.colCreated, t.colLastActive, t.colExpires, t.colAttributes]}
      rows={rows}
      align="align-top"
      t={t}
      end={(row) => ({ label: t.endSession, ariaLabel: format(t.endLabel, { id: row.id }), pendingLabel: t.ending })}
      cells={(row) => (
        <>
          <td data-label={t.colUser}>{row.user ?? <span className="text-slate-600">{t.anonymous}</span>}</td>
          <td data-label={t.colDevice}>{row.device}</td>
          <td data-label={t.colCreated}>{row.created}</td>
          <td data-label={t.colLastActive}>{row.lastActive}</td>
          <td data-label={t.colExpires}>{row.expires}</td>
          <td data-label={t.colAttributes}>
            {/* One line per attribute ("csrfToken: 45 B"), never split: on a 1024 px projector the column was squeezed to "authenticatedA / t: 13 B". */}
            <ul className="font-mono text-xs whitespace-nowrap">
              {row.attributes.map((line) => (
                <li key={line}>{line}</li>
              ))}
              <li className="font-sans font-medium">{row.total}</li>
            </ul>
          </td>
        </>
      )}
    />
  );
}
