'use client';

import { useActionState, useState } from 'react';
import { writeNoteCopies } from '@/lib/browser/note-copies';
import { idleState } from '@/lib/forms/action-state';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { LAB_NOTE_MAX_LENGTH } from '@/lib/labs/limits';
import { saveNote, type NoteState } from '@/lib/labs/actions';
import { FormStatus } from '@/components/form-status';
import { LabButton } from '@/components/lab-kit/experiment';
import { FieldError } from '@/components/field-error';
import { FieldRow } from '@/components/lab-kit/field-row';

/**
 * Saves on the server first; only when that worked does this tab write its cookie and sessionStorage copies.
 * "Saved" stays only while it is true: once the server's note changes (another tab) or the field is edited, it goes.
 */
export function NoteForm({ t, working, serverNote }: { t: Dictionary['labTabs']; working: string; serverNote: string | null }) {
  const [state, action, pending] = useActionState(async (previous: NoteState, formData: FormData) => {
    const result = await saveNote(previous, formData);
    if (result.status === 'success' && result.data) writeNoteCopies(result.data.note);
    return result;
  }, idleState);
  const error = state.fieldErrors?.note?.[0];
  const [edited, setEdited] = useState<NoteState | null>(null);
  const stale = state.status === 'success' && (edited === state || state.data?.note !== serverNote);
  return (
    <form action={action} className="flex flex-col gap-2">
      <FieldRow id="lab-note" label={t.noteLabel}>
        <input
          id="lab-note"
          name="note"
          required
          maxLength={LAB_NOTE_MAX_LENGTH}
          onChange={() => setEdited(state)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'lab-note-hint lab-note-error' : 'lab-note-hint'}
          className="min-w-0 flex-1 rounded-md border border-slate-400 px-3 py-1.5"
        />
        <LabButton type="submit" disabled={pending}>
          {t.save}
        </LabButton>
      </FieldRow>
      <p id="lab-note-hint" className="text-sm text-slate-600">
        {format(t.noteHint, { max: LAB_NOTE_MAX_LENGTH })}
      </p>
      <FieldError id="lab-note" error={error} />
      <FormStatus state={stale ? idleState : state} pendingText={pending ? working : null} hideMessage={Boolean(error)} />
    </form>
  );
}
