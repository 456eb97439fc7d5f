'use server';

import { refresh } from 'next/cache';
import type { ActionState } from '@/lib/forms/action-state';
import { withSession } from '@/lib/forms/session-action';
import { format } from '@/lib/i18n/define-messages';
import { currentDictionary } from '@/lib/next-session/language';
import { maxInactiveIntervalSchema, setIdleTimeout } from '@/lib/next-session/session-settings';

/** The form's twin of PUT /api/session/max-inactive-interval: same schema, same function. */
export async function changeIdleTimeout(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const { t } = await currentDictionary();
  const parsed = maxInactiveIntervalSchema().safeParse({ seconds: Number(formData.get('seconds')) });
  if (!parsed.success) {
    return { status: 'error', message: t.labLifetime.setInvalid, fieldErrors: { seconds: [t.labLifetime.setInvalid] } };
  }
  const { seconds } = parsed.data;
  return withSession(async (session) => {
    await setIdleTimeout(session, seconds);
    refresh();
    return { status: 'success', message: format(t.labLifetime.setDone, { count: seconds }) };
  }, t.labs);
}
