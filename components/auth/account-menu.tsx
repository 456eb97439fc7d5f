import { IntentLink } from '@/components/intent-link';
import { logoutAction } from '@/lib/auth/actions';
import { readCurrentUser } from '@/lib/auth/current-user';
import { currentDictionary } from '@/lib/next-session/language';
import { format } from '@/lib/i18n/define-messages';
import { SubmitButton } from './submit-button';
import { WhileSessionLives } from './while-session-lives';

const link = 'text-blue-800 underline-offset-4 hover:underline';

/** The header's account corner: who is signed in, their pages, and Log out; or a Log in link. */
export async function AccountMenu() {
  const [{ t }, { session, user }] = await Promise.all([currentDictionary(), readCurrentUser()]);
  const logIn = (
    <IntentLink href="/login" className={`${link} text-sm font-medium`}>
      {t.auth.logIn}
    </IntentLink>
  );
  if (!user || !session) return logIn;
  const ended = (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <span className="text-slate-700" data-testid="signed-out-ended">
        {t.auth.sessionEndedHeader}
      </span>
      {logIn}
    </div>
  );
  return (
    <WhileSessionLives session={session.fingerprint} ended={ended}>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <nav aria-label={t.auth.navAccount} className="flex flex-wrap items-center gap-4">
          <IntentLink href="/sessions" className={link}>
            {t.auth.navMySessions}
          </IntentLink>
          {user.role === 'admin' && (
            <IntentLink href="/admin/sessions" className={link}>
              {t.auth.navAdmin}
            </IntentLink>
          )}
        </nav>
        <span className="text-slate-700" data-testid="signed-in-user">
          {format(t.auth.signedInAs, { name: user.name })}
        </span>
        {/* A plain form posting to a server action: works without JavaScript. */}
        <form action={logoutAction}>
          <SubmitButton label={t.auth.logOut} pendingLabel={t.auth.loggingOut} variant="secondary" />
        </form>
      </div>
    </WhileSessionLives>
  );
}
