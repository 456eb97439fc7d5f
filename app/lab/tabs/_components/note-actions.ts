'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/forms/action-state';
import { withSession } from '@/lib/forms/session-action';
import { format } from '@/lib/i18n/define-messages';
import { currentDictionary } from '@/lib/next-session/language';
import { LAB_NOTE_MAX_LENGTH, labNoteSchema, setLabNote } from '@/lib/labs/note';

export type NoteState = ActionState<{ note: string }>;

/** Saves the note as the session attribute labNote; the form then writes the browser copies. */
export async function saveNote(_previous: NoteState, formData: FormData): Promise<NoteState> {
  const { t } = await currentDictionary();
  const parsed = labNoteSchema.safeParse({ note: formData.get('note') });
  if (!parsed.success) {
    const message = format(t.labTabs.noteInvalid, { max: LAB_NOTE_MAX_LENGTH });
    return { status: 'error', message, fieldErrors: { note: [message] } };
  }
  const { note } = parsed.data;
  return withSession(async (session) => {
    await setLabNote(session, note);
    refresh();
    return { status: 'success', message: format(t.labTabs.saved, { note }), data: { note } };
  }, t.labs);
}
