'use client';

import { useActionState } from 'react';
import { idleState } from '@/lib/forms/action-state';
import { format } from '@/lib/i18n/define-messages';
import { plural } from '@/lib/i18n/plural';
import type { Language } from '@/lib/i18n/languages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { changeIdleTimeout } from '@/lib/labs/actions';
import { FormStatus } from '@/components/form-status';
import { LabButton } from '@/components/lab-kit/experiment';
import { errorAria, FieldError } from '@/components/field-error';
import { FieldRow } from '@/components/lab-kit/field-row';

/** Short enough to watch in class; the server's default last, to undo the experiment. */
const CHOICES = [10, 30, 60];

export function IdleTimeoutForm({
  defaultSeconds,
  language,
  t,
  working,
}: {
  defaultSeconds: number;
  language: Language;
  t: Dictionary['labLifetime'];
  working: string;
}) {
  const [state, action, pending] = useActionState(changeIdleTimeout, idleState);
  const error = state.fieldErrors?.seconds?.[0];
  // Only lower than the server's: a session may not raise its own idle timeout.
  const choices = [...CHOICES.filter((seconds) => seconds < defaultSeconds), defaultSeconds];
  return (
    <form action={action} className="flex flex-col gap-2">
      <FieldRow id="idle-seconds" label={t.secondsLabel}>
        <select
          id="idle-seconds"
          name="seconds"
          defaultValue={CHOICES[0]}
          {...errorAria('idle-seconds', error)}
          // A select is as wide as its longest option ("1800 segundos (el valor por defecto de este servidor)"): no wider than a phone.
          className="max-w-full rounded-md border border-slate-400 bg-white px-3 py-1.5"
        >
          {choices.map((seconds) => (
            <option key={seconds} value={seconds}>
              {seconds === defaultSeconds
                ? format(t.defaultOption, { seconds: plural(language, seconds, t.secondsOption) })
                : plural(language, seconds, t.secondsOption)}
            </option>
          ))}
        </select>
        <LabButton type="submit" disabled={pending}>
          {t.set}
        </LabButton>
      </FieldRow>
      <FieldError id="idle-seconds" error={error} />
      <FormStatus state={state} pendingText={pending ? working : null} hideMessage={Boolean(error)} />
    </form>
  );
}
