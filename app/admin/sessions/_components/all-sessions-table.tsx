'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/auth/submit-button';
import { endAnySessionAction } from '@/lib/auth/actions';
import type { ActionState } from '@/lib/forms/action-state';
import { format } from '@/lib/i18n/define-messages';
import type { AuthMessages } from '@/lib/i18n/messages/auth';
import { FormStatus } from '@/components/form-status';

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

const idle: ActionState = { status: 'idle' };

/** Every live session as an admin sees it; End submits that row's id. */
export function AllSessionsTable({ rows, t }: { rows: AdminSessionRow[]; t: AuthMessages }) {
  const [state, formAction] = useActionState(endAnySessionAction, idle);
  const cell = 'px-3 py-2';
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <FormStatus state={state} />
      <div className="overflow-x-auto rounded-xl border border-slate-300 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="p-3 text-left font-medium text-slate-700">{t.adminCaption}</caption>
          <thead>
            <tr className="border-y border-slate-300 bg-slate-50">
              <th scope="col" className={cell}>{t.colSession}</th>
              <th scope="col" className={cell}>{t.colUser}</th>
              <th scope="col" className={cell}>{t.colDevice}</th>
              <th scope="col" className={cell}>{t.colCreated}</th>
              <th scope="col" className={cell}>{t.colLastActive}</th>
              <th scope="col" className={cell}>{t.colExpires}</th>
              <th scope="col" className={cell}>{t.colAttributes}</th>
              <th scope="col" className={cell}>{t.colAction}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid={`session-row-${row.id}`} className="border-b border-slate-200 align-top">
                <th scope="row" className={`${cell} font-mono font-normal`}>{row.id}</th>
                <td className={cell}>{row.user ?? <span className="text-slate-600">{t.anonymous}</span>}</td>
                <td className={cell}>{row.device}</td>
                <td className={cell}>{row.created}</td>
                <td className={cell}>{row.lastActive}</td>
                <td className={cell}>{row.expires}</td>
                <td className={cell}>
                  <ul className="font-mono text-xs">
                    {row.attributes.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                    <li className="font-sans font-medium">{row.total}</li>
                  </ul>
                </td>
                <td className={cell}>
                  {row.current ? (
                    <span className="flex flex-col">
                      <strong className="font-semibold text-green-800">{t.thisOne}</strong>
                      <span className="text-xs text-slate-600">{t.thisOneHint}</span>
                    </span>
                  ) : (
                    <SubmitButton
                      name="id"
                      value={row.id}
                      label={t.endSession}
                      ariaLabel={format(t.endLabel, { id: row.id })}
                      pendingLabel={t.ending}
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
