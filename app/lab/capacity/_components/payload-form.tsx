'use client';

import { useActionState } from 'react';
import { idleState } from '@/lib/forms/action-state';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { LAB_PAYLOAD_MAX_KB } from '@/lib/labs/limits';
import { changePayload } from '@/lib/labs/actions';
import { FormStatus } from '@/components/form-status';
import { LabButton } from '@/components/lab-kit/experiment';
import { errorAria, FieldError } from '@/components/field-error';
import { FieldRow } from '@/components/lab-kit/field-row';

const CHOICES = [4, 16, LAB_PAYLOAD_MAX_KB];

export function PayloadForm({ t, working }: { t: Dictionary['labCapacity']; working: string }) {
  const [state, action, pending] = useActionState(changePayload, idleState);
  const error = state.fieldErrors?.kilobytes?.[0];
  return (
    <form action={action} className="flex flex-col gap-2">
      <FieldRow id="payload-kb" label={t.payloadLabel}>
        <select
          id="payload-kb"
          name="kilobytes"
          defaultValue={LAB_PAYLOAD_MAX_KB}
          {...errorAria('payload-kb', error)}
          className="rounded-md border border-slate-400 bg-white px-3 py-1.5"
        >
          {CHOICES.map((kilobytes) => (
            <option key={kilobytes} value={kilobytes}>
              {format(t.payloadOption, { count: kilobytes })}
            </option>
          ))}
        </select>
        <LabButton type="submit" name="intent" value="store" disabled={pending}>
          {t.store}
        </LabButton>
        <LabButton type="submit" name="intent" value="remove" disabled={pending} variant="secondary">
          {t.remove}
        </LabButton>
      </FieldRow>
      <FieldError id="payload-kb" error={error} />
      <FormStatus state={state} pendingText={pending ? working : null} hideMessage={Boolean(error)} />
    </form>
  );
}
