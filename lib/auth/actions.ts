'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ApiError } from '../api/api-error';
import { z } from 'zod';
import { fieldErrorsOf, type ActionState } from '../forms/action-state';
import { validatedAction } from '../forms/validated-action';
import { format } from '../i18n/define-messages';
import { getSession } from '../next-session/request-session';
import type { HttpSession } from '../session/http-session';
import type { PublicUser } from './accounts';
import { clientAddress } from './client-address';
import { credentialsSchema, USERNAME_MAX } from './credentials';
import { requireAdmin, userOf } from './current-user';
import { login, logout } from './login';
import { safeNextPath } from './safe-next';
import { fingerprintSchema } from './session-id-param';
import { endAnySession, revokeMySession } from './session-list';

/*
 * The forms' server actions. They call the same lib/auth functions as the
 * JSON API; Next checks that their Origin matches the host (its CSRF defence
 * for actions), so they need no X-CSRF-Token.
 */

export interface LoginSuccess {
  user: PublicUser;
  /** Fingerprints of the session ID before and after the login rotated it. */
  before: string;
  after: string;
  /** Where to go next (a same-site path), when the visitor was sent here from a page. */
  next: string | null;
}

export type LoginFormState = ActionState<LoginSuccess> & {
  /** What was typed, to fill the field again after an error (never the password). */
  username?: string;
  /** When the throttle lets this visitor try again, and the server's clock when it said so (epoch ms). */
  retry?: { at: number; serverNow: number };
};

export const loginAction = validatedAction({
  // The JSON API's fields and words; the form also sends `next`, read below.
  schema: (t) => z.object(credentialsSchema(t.auth).shape),
  invalid: (t, error) => ({ message: t.auth.formInvalid, fieldErrors: fieldErrorsOf(error) }),
  keep: (formData): Partial<LoginFormState> => {
    const typed = formData.get('username');
    return { username: typeof typed === 'string' ? typed.slice(0, USERNAME_MAX) : '' };
  },
  run: async (credentials, { session, t, formData }): Promise<LoginFormState> => {
    const result = await login(session, credentials, { address: clientAddress(await headers()) });
    if (result.ok) {
      const next = formData.get('next');
      return {
        status: 'success',
        message: format(t.auth.loggedIn, { name: result.user.name }),
        data: { user: result.user, before: result.before, after: result.after, next: next ? safeNextPath(next) : null },
      };
    }
    const username = credentials.username;
    if (result.reason === 'invalid_credentials') return { status: 'error', message: t.auth.invalidCredentials, username };
    if (result.reason === 'busy') return { status: 'error', message: t.limits.busy, username };
    const now = Date.now();
    return {
      status: 'error',
      message: format(t.auth.tooManyAttempts, { minutes: Math.ceil(result.retryAfterSeconds / 60) }),
      username,
      retry: { at: now + result.retryAfterSeconds * 1000, serverNow: now },
    };
  },
});

/** The header's Log out button: a plain form, so it works without JavaScript. */
export async function logoutAction(): Promise<void> {
  await logout(await getSession());
  redirect('/');
}

/** "My sessions": ends one of the signed-in user's other sessions (the button's `id`). */
export const revokeSessionAction = endOne('revoked', async (session, id) => {
  const user = userOf(session);
  if (!user) redirect('/login?next=/sessions');
  return revokeMySession(session, user, id);
});

/** The admin list: ends any session. */
export const endAnySessionAction = endOne('ended', async (session, id) => {
  if (!userOf(session)) redirect('/login?next=/admin/sessions');
  requireAdmin(session);
  return endAnySession(session, id);
});

function endOne(done: 'revoked' | 'ended', end: (session: HttpSession, id: string) => Promise<{ current: boolean }>) {
  return validatedAction({
    schema: z.object({ id: fingerprintSchema }),
    invalid: (t) => ({ message: t.auth.unknownSession }),
    run: async ({ id }, { session, t }): Promise<ActionState> => {
      const { current } = await end(session, id);
      // Ending the session this browser uses is a logout.
      if (current) redirect('/');
      refresh();
      return { status: 'success', message: format(t.auth[done], { id }) };
    },
    refuse: (error, t) => {
      if (!(error instanceof ApiError)) return undefined;
      if (error.code === 'reauth_required') return t.auth.reauthRequired;
      if (error.code !== 'unknown_session') return t.auth.actionFailed;
      refresh();
      return t.auth.unknownSession;
    },
  });
}
