import 'server-only';
import { getSession } from '../next-session/request-session';
import { SessionEndedError, type HttpSession } from '../session/http-session';
import { StoreUnavailableError } from '../session/store';
import type { ActionState } from './action-state';

/**
 * Runs a server action's work on this request's session. The two failures a
 * visitor can meet (the session ended meanwhile, the store is away) become a
 * message for the form's status line; anything else is a bug and throws.
 */
export async function withSession<Data>(
  work: (session: HttpSession) => Promise<ActionState<Data>>,
  messages: { actionSessionEnded: string; actionStoreDown: string },
): Promise<ActionState<Data>> {
  try {
    return await work(await getSession());
  } catch (error) {
    if (error instanceof SessionEndedError) return { status: 'error', message: messages.actionSessionEnded };
    if (error instanceof StoreUnavailableError) return { status: 'error', message: messages.actionStoreDown };
    throw error;
  }
}
