import type { Metadata } from 'next';
import { StackEquivalents } from '@/components/stack-equivalents/stack-equivalents';
import { DEMO_ACCOUNTS } from '@/lib/auth/accounts';
import { readCurrentUser } from '@/lib/auth/current-user';
import { safeNextPath } from '@/lib/auth/safe-next';
import { currentDictionary } from '@/lib/next-session/language';
import { format } from '@/lib/i18n/define-messages';
import { CookieExplainer } from './_components/cookie-explainer';
import { DemoAccounts } from './_components/demo-accounts';
import { DeviceCookieLesson } from './_components/device-cookie-lesson';
import { LoginForm } from './_components/login-form';
import { StoreDownNotice } from '@/components/store-down-notice';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.auth.loginTitle };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const [{ t }, { session, user }, { next }] = await Promise.all([currentDictionary(), readCurrentUser(), searchParams]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t.auth.loginTitle}</h1>
        <p className="mt-2 text-slate-700">{t.auth.loginIntro}</p>
      </div>
      {user && (
        <p className="rounded-lg border border-blue-300 bg-blue-50 p-3 text-blue-950">
          {format(t.auth.alreadySignedIn, { name: user.name })}
        </p>
      )}
      {!session && <StoreDownNotice text={t.common.storeDown} />}
      {/* The accounts come first, so a phone shows them above the form that needs them; side by side, the form is on the left. */}
      <div className="grid items-start gap-6 md:grid-cols-2">
        <div className="md:order-last">
          <DemoAccounts accounts={DEMO_ACCOUNTS} t={t.auth} />
        </div>
        <LoginForm
          t={t.auth}
          before={session?.fingerprint ?? null}
          next={typeof next === 'string' ? safeNextPath(next, '') || null : null}
        />
      </div>
      <DeviceCookieLesson t={t.limits} />
      <StackEquivalents id="stacks-login" actions={['rotateId', 'invalidate', 'idleTimeout']} t={t.stacks} />
      <CookieExplainer t={t.auth} />
    </div>
  );
}
