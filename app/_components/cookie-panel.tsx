'use client';

import type { ChangeLabels } from '@/components/stores/changed-value';
import { Fact } from '@/components/panel';
import { AllTabsCount } from '@/components/tab-counts';
import { decodeCookieValue } from '@/lib/browser/decode-cookie';
import { parseCookies, useDocumentCookies } from '@/lib/browser/document-cookies';
import { MIRRORED, mirrorCookieName } from '@/lib/browser/mirror';
import { COOKIE_LIMIT_BYTES, utf8Bytes } from '@/lib/sizes/byte-size';
import type { CookieWeight } from '@/lib/sizes/cookie-header';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { plural } from '@/lib/i18n/plural';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { comparedLabel, readableValue } from './session-data-rows';
import { StorePanel } from './store-panel';

/**
 * The script-readable copies, read from document.cookie in this browser, and
 * the one cookie scripts cannot read: the server tells us its size.
 */
export function CookiePanel({
  sessionCookie,
  language,
  t,
  changeLabels,
}: {
  sessionCookie: CookieWeight | null;
  language: Language;
  t: Dictionary['dashboard'];
  changeLabels?: ChangeLabels;
}) {
  const snapshot = useDocumentCookies();
  const cookies = snapshot ? parseCookies(snapshot.text) : [];
  const bytes = (count: number) => plural(language, count, t.bytes, { count: formatNumber(count, language) });
  const rows = MIRRORED.map((item) => {
    const name = mirrorCookieName(item);
    const cookie = cookies.find((c) => c.name === name);
    const expires = snapshot?.expires?.[name];
    const value = cookie ? decodeCookieValue(cookie.value) : null;
    return {
      label: comparedLabel(item, t),
      source: name,
      value,
      readable: readableValue(item, value, language, t),
      size: cookie ? bytes(utf8Bytes(`${cookie.name}=${cookie.value}`)) : null,
      extra: !cookie ? null : expires ? (
        <time dateTime={new Date(expires).toISOString()}>{format(t.cookieUntil, { date: formatDateTime(expires, language) })}</time>
      ) : (
        t.cookieUntilUnknown
      ),
    };
  });
  const anyCopy = rows.some((row) => row.value !== null);
  return (
    <StorePanel
      id="panel-cookie"
      title={t.cookieTitle}
      store="cookie"
      rows={rows}
      testId="cookie-data"
      t={t}
      // Before the first read of document.cookie every row is empty: its first value is no change.
      changeLabels={snapshot ? changeLabels : undefined}
      where={t.cookieWhere}
      summary={
        <>
          <Fact compact term={t.sizeLabel}>
            <span data-testid="cookie-size">
              {snapshot
                ? format(t.cookieSize, {
                    bytes: bytes(utf8Bytes(snapshot.text)),
                    limit: bytes(COOKIE_LIMIT_BYTES),
                  })
                : '—'}
            </span>
          </Fact>
          <Fact compact term={t.tabsLabel}>
            <AllTabsCount template={t.cookieTabs} counting={t.tabsCounting} testId="cookie-tabs" />
          </Fact>
        </>
      }
      details={
        <>
          <Fact term={t.whoReads}>{t.cookieWho}</Fact>
          <Fact term={t.sessionCookieLabel}>
            <span data-testid="session-cookie-note">
              {sessionCookie
                ? format(t.sessionCookieHidden, { name: sessionCookie.name, bytes: bytes(sessionCookie.bytes) })
                : t.sessionCookieMissing}
            </span>
          </Fact>
          <Fact term={t.lifetimeLabel}>{t.cookieLifetimeSession}</Fact>
        </>
      }
    >
      {snapshot && !anyCopy && <p className="text-sm text-slate-700">{t.cookieEmpty}</p>}
    </StorePanel>
  );
}
