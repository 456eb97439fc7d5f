'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/forms/action-state';
import { withSession } from '@/lib/forms/session-action';
import { format } from '@/lib/i18n/define-messages';
import { currentDictionary } from '@/lib/next-session/language';
import { labPayloadSchema, removeLabPayload, storeLabPayload } from '@/lib/labs/payload';

/** One form, two buttons: `intent` says whether to store or remove the payload. */
export async function changePayload(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { t } = await currentDictionary();
  if (formData.get('intent') === 'remove') {
    return withSession(async (session) => {
      await removeLabPayload(session);
      refresh();
      return { status: 'success', message: t.labCapacity.removedDone };
    }, t.labs);
  }
  const parsed = labPayloadSchema.safeParse({ kilobytes: formData.get('kilobytes') });
  if (!parsed.success) {
    return { status: 'error', message: t.labCapacity.payloadInvalid, fieldErrors: { kilobytes: [t.labCapacity.payloadInvalid] } };
  }
  const { kilobytes } = parsed.data;
  return withSession(async (session) => {
    await storeLabPayload(session, kilobytes);
    refresh();
    return { status: 'success', message: format(t.labCapacity.storedDone, { count: kilobytes }) };
  }, t.labs);
}
