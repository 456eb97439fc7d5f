'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/auth/submit-button';
import { revokeSessionAction } from '@/lib/auth/actions';
import type { ActionState } from '@/lib/forms/action-state';
import { format } from '@/lib/i18n/define-messages';
import type { AuthMessages } from '@/lib/i18n/messages/auth';
import { FormStatus } from '@/components/form-status';

export interface MySessionRow {
  id: string;
  current: boolean;
  device: string;
  createdAt: string;
  created: string;
  lastAccessedAt: string;
  lastSeen: string;
}

const idle: ActionState = { status: 'idle' };

/** The signed-in user's sessions. One form; each Revoke button submits its row's id. */
export function MySessionsTable({ rows, t }: { rows: MySessionRow[]; t: AuthMessages }) {
  const [state, formAction] = useActionState(revokeSessionAction, idle);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <div className="overflow-x-auto rounded-xl border border-slate-300 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="p-3 text-left font-medium text-slate-700">{t.mySessionsCaption}</caption>
          <thead>
            <tr className="border-y border-slate-300 bg-slate-50">
              <th scope="col" className="px-3 py-2">{t.colSession}</th>
              <th scope="col" className="px-3 py-2">{t.colDevice}</th>
              <th scope="col" className="px-3 py-2">{t.colCreated}</th>
              <th scope="col" className="px-3 py-2">{t.colLastSeen}</th>
              <th scope="col" className="px-3 py-2">{t.colAction}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid={`session-row-${row.id}`} className="border-b border-slate-200 align-middle">
                <th scope="row" className="px-3 py-2 font-mono font-normal">{row.id}</th>
                <td className="px-3 py-2">{row.device}</td>
                <td className="px-3 py-2"><time dateTime={row.createdAt}>{row.created}</time></td>
                <td className="px-3 py-2"><time dateTime={row.lastAccessedAt}>{row.lastSeen}</time></td>
                <td className="px-3 py-2">
                  {row.current ? (
                    <span className="flex flex-col">
                      <strong className="font-semibold text-green-800">{t.thisOne}</strong>
                      <span className="text-xs text-slate-600">{t.thisOneHint}</span>
                    </span>
                  ) : (
                    <SubmitButton
                      name="id"
                      value={row.id}
                      label={t.revoke}
                      ariaLabel={format(t.revokeLabel, { id: row.id, device: row.device })}
                      pendingLabel={t.revoking}
                      variant="danger"
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </form>
  );
}
