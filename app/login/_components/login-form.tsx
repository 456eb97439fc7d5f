'use client';

import { IntentLink } from '@/components/intent-link';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, type InputHTMLAttributes } from 'react';
import { Countdown } from '@/components/countdown';
import { SubmitButton } from '@/components/auth/submit-button';
import { loginAction } from '@/lib/auth/actions';
import { mirrorToBrowser } from '@/lib/browser/mirror';
import { format } from '@/lib/i18n/define-messages';
import { FixationPanel } from './fixation-panel';
import { FormStatus } from '@/components/form-status';
import { idleState } from '@/lib/forms/action-state';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { errorAria, FieldError } from '@/components/field-error';

const input = 'w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700';

/**
 * The login form. A server action does the work (so it also works without
 * JavaScript); on success this tab mirrors the user into its script-readable
 * cookie and sessionStorage, then returns to `next` if the visitor came from
 * a page that needed a login.
 */
export function LoginForm({ t, before, next }: { t: Dictionary['auth']; before: string | null; next: string | null }) {
  const [state, formAction] = useActionState(loginAction, idleState);
  const router = useRouter();
  const success = state.status === 'success' ? state.data : undefined;
  const continueLink = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (!success) return;
    mirrorToBrowser('user', { name: success.user.name, role: success.user.role });
    if (success.next) router.replace(success.next);
    // The form, and the button that had the focus, are gone: a keyboard user lands on the way on, not the page top.
    else if (!document.activeElement || document.activeElement === document.body) continueLink.current?.focus();
  }, [success, router]);

  const errors = state.fieldErrors ?? {};
  return (
    <div className="flex flex-col gap-4">
      {!success && (
        <form action={formAction} noValidate className="flex flex-col gap-4 rounded-xl border border-slate-300 bg-white p-4 shadow-sm">
          {next && <input type="hidden" name="next" value={next} />}
          <Field
            id="username"
            label={t.username}
            errors={errors.username}
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={state.username ?? ''}
            key={`username-${state.username ?? ''}`}
          />
          <Field id="password" label={t.password} errors={errors.password} type="password" autoComplete="current-password" />
          <div>
            <SubmitButton label={t.logIn} pendingLabel={t.loggingIn} />
          </div>
        </form>
      )}
      <FormStatus state={state}>
        {state.retry && (
          <p className="mt-1 text-sm text-slate-700">
            {t.tryAgainIn} <Countdown until={state.retry.at} serverNow={state.retry.serverNow} expiredLabel={t.tryAgainNow} />
          </p>
        )}
      </FormStatus>
      {success && (
        <IntentLink
          ref={continueLink}
          href={success.next ?? '/'}
          className="self-start font-medium text-blue-800 underline underline-offset-4"
        >
          {(success.next ?? '/') === '/' ? t.continueHome : format(t.continueTo, { path: success.next! })}
        </IntentLink>
      )}
      <FixationPanel t={t} now={before} before={success?.before} after={success?.after} />
    </div>
  );
}

/** A required text field of the form (its name is its id), with its label and its error. */
function Field({
  id,
  label,
  errors,
  ...control
}: { id: string; label: string; errors?: string[] } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input id={id} name={id} aria-required="true" {...errorAria(id, errors)} className={input} {...control} />
      <FieldError id={id} error={errors?.join(' ')} />
    </div>
  );
}
