'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { ApiError } from '../api/api-error';
import { fieldErrorsOf, type ActionState } from '../forms/action-state';
import { currentDictionary } from '@/lib/next-session/language';
import { format } from '../i18n/define-messages';
import { getSession } from '../next-session/request-session';
import { SessionEndedError, type HttpSession } from '../session/http-session';
import { StoreUnavailableError } from '../session/store';
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

export async function loginAction(_previous: LoginFormState, formData: FormData): Promise<LoginFormState> {
  const { t } = await currentDictionary();
  const typed = formData.get('username');
  const username = typeof typed === 'string' ? typed.slice(0, USERNAME_MAX) : '';
  const parsed = credentialsSchema(t.auth).safeParse({ username: typed, password: formData.get('password') });
  if (!parsed.success) {
    return { status: 'error', message: t.auth.formInvalid, fieldErrors: fieldErrorsOf(parsed.error), username };
  }
  try {
    const session = await getSession();
    const result = await login(session, parsed.data, { address: clientAddress(await headers()) });
    if (result.ok) {
      const next = formData.get('next');
      return {
        status: 'success',
        message: format(t.auth.loggedIn, { name: result.user.name }),
        data: { user: result.user, before: result.before, after: result.after, next: next ? safeNextPath(next) : null },
      };
    }
    if (result.reason === 'invalid_credentials') return { status: 'error', message: t.auth.invalidCredentials, username };
    const now = Date.now();
    return {
      status: 'error',
      message: format(t.auth.tooManyAttempts, { minutes: Math.ceil(result.retryAfterSeconds / 60) }),
      username,
      retry: { at: now + result.retryAfterSeconds * 1000, serverNow: now },
    };
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { status: 'error', message: t.auth.storeDown, username };
    if (error instanceof SessionEndedError) return { status: 'error', message: t.auth.actionFailed, username };
    throw error;
  }
}

/** The header's Log out button: a plain form, so it works without JavaScript. */
export async function logoutAction(): Promise<void> {
  await logout(await getSession());
  redirect('/');
}

/** "My sessions": ends one of the signed-in user's other sessions (the button's `id`). */
export async function revokeSessionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return endOne(formData, 'revoked', async (session, id) => {
    const user = userOf(session);
    if (!user) redirect('/login?next=/sessions');
    return revokeMySession(session, user, id);
  });
}

/** The admin list: ends any session. */
export async function endAnySessionAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return endOne(formData, 'ended', async (session, id) => {
    if (!userOf(session)) redirect('/login?next=/admin/sessions');
    requireAdmin(session);
    return endAnySession(session, id);
  });
}

async function endOne(
  formData: FormData,
  done: 'revoked' | 'ended',
  end: (session: HttpSession, id: string) => Promise<{ current: boolean }>,
): Promise<ActionState> {
  const { t } = await currentDictionary();
  const id = fingerprintSchema.safeParse(formData.get('id'));
  if (!id.success) return { status: 'error', message: t.auth.unknownSession };
  let current = false;
  try {
    ({ current } = await end(await getSession(), id.data));
  } catch (error) {
    if (error instanceof ApiError && error.code === 'reauth_required') return { status: 'error', message: t.auth.reauthRequired };
    if (error instanceof ApiError && error.code === 'unknown_session') {
      refresh();
      return { status: 'error', message: t.auth.unknownSession };
    }
    if (error instanceof ApiError || error instanceof StoreUnavailableError || error instanceof SessionEndedError) {
      return { status: 'error', message: t.auth.actionFailed };
    }
    throw error;
  }
  // Ending the session this browser uses is a logout.
  if (current) redirect('/');
  refresh();
  return { status: 'success', message: format(t.auth[done], { id: id.data }) };
}
