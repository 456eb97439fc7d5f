import type { Metadata } from 'next';
import { IntentLink } from '@/components/intent-link';
import { StepDone } from '@/components/start/step-done';
import { STORE_STYLE, StoreIcon } from '@/components/stores/store-mark';
import { readCurrentUser } from '@/lib/auth/current-user';
import { currentDictionary } from '@/lib/next-session/language';
import { StartPath, StoredProgress, type PathStep } from './_components/start-path';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await currentDictionary();
  return { title: t.start.title };
}

export const dynamic = 'force-dynamic';

/** "Start here": the lessons in order, each ticked off by the page where it really happens. */
export default async function StartPage() {
  const [{ t }, { user }] = await Promise.all([currentDictionary(), readCurrentUser()]);
  const s = t.start;
  const steps: PathStep[] = [
    { id: 'wire-back', title: s.wireBackTitle, task: s.wireBackTask, href: '/wire', link: s.wireBackLink },
    { id: 'login', title: s.loginTitle, task: s.loginTask, href: '/login', link: s.loginLink },
    { id: 'second-tab', title: s.secondTabTitle, task: s.secondTabTask, href: '/', link: s.secondTabLink },
    { id: 'cart-second-tab', title: s.cartTitle, task: s.cartTask, href: '/shop', link: s.cartLink },
    { id: 'window-open', title: s.windowOpenTitle, task: s.windowOpenTask, href: '/lab/tabs', link: s.windowOpenLink },
    { id: 'logout', title: s.logoutTitle, task: s.logoutTask, href: '/', link: s.logoutLink },
    { id: 'idle-timeout', title: s.idleTitle, task: s.idleTask, href: '/lab/lifetime', link: s.idleLink },
    { id: 'stateless-replay', title: s.replayTitle, task: s.replayTask, href: '/lab/stateless', link: s.replayLink },
    { id: 'cross-site', title: s.crossSiteTitle, task: s.crossSiteTask, href: '/lab/cross-site', link: s.crossSiteLink },
  ];
  const style = STORE_STYLE.localStorage;
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{s.title}</h1>
        <p className="mt-2 text-slate-700">{s.intro}</p>
      </div>
      {/* The server knows who is signed in: that is the login step, wherever the visitor logged in. */}
      <StepDone step="login" when={user !== null} />
      <StartPath steps={steps} t={s} />
      <section
        aria-labelledby="start-store"
        data-store="localStorage"
        className={`flex flex-col gap-3 rounded-xl border border-l-8 border-slate-300 bg-white p-4 ${style.accent}`}
      >
        <h2 id="start-store" className="flex items-center gap-2 text-lg font-semibold">
          <StoreIcon store="localStorage" className="h-6 w-6" />
          {s.storeTitle}
        </h2>
        <p className="text-slate-700">{s.storeIntro}</p>
        <ul className="flex list-disc flex-col gap-2 pl-5 text-slate-900">
          <li data-testid="fact-shared">{s.factShared}</li>
          <li data-testid="fact-survives">{s.factSurvives}</li>
          <li data-testid="fact-never-sent">{s.factNeverSent}</li>
        </ul>
        <p>
          <IntentLink href="/compare#compare-local" className="text-blue-800 underline underline-offset-4">
            {s.compareLink}
          </IntentLink>
        </p>
        <StoredProgress t={s} />
      </section>
    </div>
  );
}
