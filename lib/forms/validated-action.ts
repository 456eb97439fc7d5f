import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import type { Dictionary } from '../i18n/dictionary';
import type { Language } from '../i18n/languages';
import { currentDictionary } from '../next-session/language';
import { getSession } from '../next-session/request-session';
import { SessionEndedError, type HttpSession } from '../session/http-session';
import { StoreUnavailableError } from '../session/store';
import type { ActionState } from './action-state';

export interface ActionContext {
  session: HttpSession;
  t: Dictionary;
  language: Language;
  formData: FormData;
}

/** What a form sent that the schema refused: the status line, and the fields to mark. */
export type Invalid = { message: string; fieldErrors?: Record<string, string[]> };

/**
 * Every server action has this shape (after saas-starter's `validatedAction`):
 * validate the form with zod, then take this request's session, then run, and
 * answer an `ActionState` for the form's status line.
 *
 * - `schema` may be built from the visitor's messages (field errors in their language).
 * - The two failures any action can meet, the session ended meanwhile and the
 *   store is away, become the one pair of messages in `common`.
 * - `refuse` turns the feature's own known failures into words; anything it
 *   does not know is a bug and throws (redirect() and notFound() pass through).
 * - `keep` is echoed on every error (what was typed, which product).
 */
export function validatedAction<Schema extends z.ZodType, State extends ActionState<unknown>>(spec: {
  schema: Schema | ((t: Dictionary) => Schema);
  invalid: (t: Dictionary, error: z.ZodError) => Invalid;
  run: (input: z.output<Schema>, context: ActionContext) => Promise<State>;
  refuse?: (error: unknown, t: Dictionary) => string | undefined;
  keep?: (formData: FormData) => Partial<State>;
}): (previous: State, formData: FormData) => Promise<State> {
  return async (_previous, formData) => {
    const { language, t } = await currentDictionary();
    const failed = (answer: Invalid) => ({ status: 'error', ...answer, ...spec.keep?.(formData) }) as State;
    const schema = typeof spec.schema === 'function' ? spec.schema(t) : spec.schema;
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return failed(spec.invalid(t, parsed.error));
    try {
      return await spec.run(parsed.data, { session: await getSession(), t, language, formData });
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof SessionEndedError) return failed({ message: t.common.sessionEnded });
      if (error instanceof StoreUnavailableError) return failed({ message: t.common.storeDown });
      const message = spec.refuse?.(error, t);
      if (message === undefined) throw error;
      return failed({ message });
    }
  };
}
