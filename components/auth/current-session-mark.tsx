import type { AuthMessages } from '@/lib/i18n/messages/auth';

/** Stands in a session list where the End/Revoke button would be: this session ends with Log out. */
export function CurrentSessionMark({ t }: { t: Pick<AuthMessages, 'thisOne' | 'thisOneHint'> }) {
  return (
    <span className="flex flex-col">
      <strong className="font-semibold text-green-800">{t.thisOne}</strong>
      <span className="text-xs text-slate-600">{t.thisOneHint}</span>
    </span>
  );
}
