'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import type { ActionState } from '../forms/action-state';
import { validatedAction } from '../forms/validated-action';
import { format } from '../i18n/define-messages';
import { plural } from '../i18n/plural';
import { maxInactiveIntervalSchema } from '../next-session/session-settings';
import { LAB_NOTE_MAX_LENGTH, labNoteSchema, setLabNote } from './note';
import { labPayloadSchema, removeLabPayload, storeLabPayload } from './payload';

/*
 * The labs' forms. Each is the twin of an API route: the same schema, the
 * same lib/ function (Next checks the Origin of an action, so no CSRF token).
 */

export type NoteState = ActionState<{ note: string }>;

/** The tabs lab: saves the note in the session; the form then writes the browser copies. */
export const saveNote = validatedAction({
  schema: labNoteSchema,
  invalid: (t) => {
    const message = format(t.labTabs.noteInvalid, { max: LAB_NOTE_MAX_LENGTH });
    return { message, fieldErrors: { note: [message] } };
  },
  run: async ({ note }, { session, t }): Promise<NoteState> => {
    await setLabNote(session, note);
    refresh();
    return { status: 'success', message: format(t.labTabs.saved, { note }), data: { note } };
  },
});

/** The capacity lab: one form, two buttons; `intent` says whether to store or remove the payload. */
export const changePayload = validatedAction({
  schema: z.discriminatedUnion('intent', [
    z.object({ intent: z.literal('store'), kilobytes: labPayloadSchema.shape.kilobytes }),
    z.object({ intent: z.literal('remove') }),
  ]),
  invalid: (t) => ({ message: t.labCapacity.payloadInvalid, fieldErrors: { kilobytes: [t.labCapacity.payloadInvalid] } }),
  run: async (form, { session, t }): Promise<ActionState> => {
    if (form.intent === 'remove') await removeLabPayload(session);
    else await storeLabPayload(session, form.kilobytes);
    refresh();
    return {
      status: 'success',
      message: form.intent === 'remove' ? t.labCapacity.removedDone : format(t.labCapacity.storedDone, { count: form.kilobytes }),
    };
  },
});

/** The lifetime lab: the form's twin of PUT /api/session/max-inactive-interval. */
export const changeIdleTimeout = validatedAction({
  // Form fields are text: the number is read here, then ranged by the API's schema.
  schema: () => z.object({ seconds: z.coerce.number().pipe(maxInactiveIntervalSchema().shape.seconds) }),
  invalid: (t) => ({ message: t.labLifetime.setInvalid, fieldErrors: { seconds: [t.labLifetime.setInvalid] } }),
  run: async ({ seconds }, { session, t, language }): Promise<ActionState> => {
    await session.setMaxInactiveInterval(seconds);
    refresh();
    return {
      status: 'success',
      message: format(t.labLifetime.setDone, { seconds: plural(language, seconds, t.labLifetime.secondsOption) }),
    };
  },
});
