'use client';

import { useActionState } from 'react';
import { writeNoteCopies } from '@/lib/browser/note-copies';
import { idleState } from '@/lib/forms/action-state';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { LAB_NOTE_MAX_LENGTH } from '@/lib/labs/limits';
import { saveNote, type NoteState } from '@/lib/labs/actions';
import { FormStatus } from '@/components/form-status';
import { LabButton } from '@/components/lab-kit/experiment';

/** Saves on the server first; only when that worked does this tab write its cookie and sessionStorage copies. */
export function NoteForm({ t, working }: { t: Dictionary['labTabs']; working: string }) {
  const [state, action, pending] = useActionState(async (previous: NoteState, formData: FormData) => {
    const result = await saveNote(previous, formData);
    if (result.status === 'success' && result.data) writeNoteCopies(result.data.note);
    return result;
  }, idleState);
  const error = state.fieldErrors?.note?.[0];
  return (
    <form action={action} className="flex flex-col gap-2">
      <label htmlFor="lab-note" className="font-medium">
        {t.noteLabel}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="lab-note"
          name="note"
          required
          maxLength={LAB_NOTE_MAX_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'lab-note-hint lab-note-error' : 'lab-note-hint'}
          className="min-w-0 flex-1 rounded-md border border-slate-400 px-3 py-1.5"
        />
        <LabButton type="submit" disabled={pending}>
          {t.save}
        </LabButton>
      </div>
      <p id="lab-note-hint" className="text-sm text-slate-600">
        {format(t.noteHint, { max: LAB_NOTE_MAX_LENGTH })}
      </p>
      {error && (
        <p id="lab-note-error" className="text-sm text-red-800">
          {error}
        </p>
      )}
      <FormStatus state={state} pendingText={pending ? working : null} hideMessage={Boolean(error)} />
    </form>
  );
}
