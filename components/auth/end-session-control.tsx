import { SubmitButton } from './submit-button';
import type { Dictionary } from '@/lib/i18n/dictionary';

/**
 * A session list's End or Revoke button for one row, submitting that row's id; the session in use
 * gets a note instead, as Log out is what ends it (and clears its cookie).
 */
export function EndSessionControl({
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
