import type { Metadata } from 'next';
import { IntentLink } from '@/components/intent-link';
import type { ReactNode } from 'react';
import { AccountMenu } from '@/components/auth/account-menu';
import { LanguagePicker } from '@/components/language-picker/language-picker';
import { SiteMenu } from '@/components/site-menu';
import { TabPresenceBeacon } from '@/components/tab-presence-beacon';
import { currentDictionary } from '@/lib/next-session/language';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Session Lab', template: '%s · Session Lab' },
  description: 'Learn how server sessions, cookies and sessionStorage differ by using them side by side.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { language, t } = await currentDictionary();
  return (
    <html lang={language}>
      {/* wrap-anywhere: no value a session can hold (a long unbroken note, a device name) may widen a page. */}
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased wrap-anywhere">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:p-2"
        >
          {t.common.skipToContent}
        </a>
        <header className="border-b border-slate-300 bg-white">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <div className="max-sm:min-w-0 max-sm:flex-1">
              <IntentLink href="/" className="text-xl font-bold text-slate-900">
                {t.common.appName}
              </IntentLink>
              <p className="text-sm text-slate-600">{t.common.tagline}</p>
            </div>
            <SiteMenu label={t.common.menu}>
              <nav aria-label={t.common.navMain} className="flex flex-wrap items-center gap-4 text-sm">
                {(
                  [
                    ['/start', t.start.navLink],
                    ['/', t.common.navDashboard],
                    ['/shop', t.shop.navLink],
                    ['/lab', t.labs.navLabs],
                    ['/compare', t.compare.navLink],
                    ['/wire', t.wire.navLink],
                  ] as const
                ).map(([href, label]) => (
                  // "Start here" stands out: it is where a newcomer begins.
                  <IntentLink
                    key={href}
                    href={href}
                    className={`${href === '/start' ? 'font-semibold ' : ''}text-blue-800 underline-offset-4 hover:underline`}
                  >
                    {label}
                  </IntentLink>
                ))}
              </nav>
              <div className="flex flex-wrap items-center gap-4">
                <LanguagePicker current={language} t={t.language} />
                <AccountMenu />
              </div>
            </SiteMenu>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <TabPresenceBeacon />
        <footer className="mx-auto max-w-6xl px-4 pb-8 text-sm text-slate-600">{t.common.footer}</footer>
      </body>
    </html>
  );
}
