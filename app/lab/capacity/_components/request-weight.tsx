'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { Row, Table } from '@/components/table';
import { useDocumentCookies } from '@/lib/browser/document-cookies';
import { utf8Bytes } from '@/lib/sizes/byte-size';
import type { CookieHeaderWeight, CookieWeight } from '@/lib/sizes/cookie-header';
import { formatDateTime, formatNumber } from '@/lib/i18n/format';
import { plural } from '@/lib/i18n/plural';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { Language } from '@/lib/i18n/languages';
import { LabButton } from '@/components/lab-kit/experiment';

/**
 * The Cookie header, two ways: live from this page (document.cookie plus the
 * HttpOnly cookie's size, which only the server can tell), and as the server
 * actually received it on the request that rendered the page.
 */
export function RequestWeight({
  sessionCookie,
  measured,
  measuredAt,
  language,
  t,
}: {
  sessionCookie: CookieWeight | null;
  measured: CookieHeaderWeight;
  /** When the server measured it: the same figures after a new request still show that one was made. */
  measuredAt: number;
  language: Language;
  t: Dictionary['labCapacity'];
}) {
  const router = useRouter();
  const [measuring, startMeasuring] = useTransition();
  const cookies = useDocumentCookies();
  const scriptBytes = cookies ? utf8Bytes(cookies.text) : 0;
  const sessionBytes = sessionCookie?.bytes ?? 0;
  // The browser joins cookies with "; ", exactly as document.cookie shows them.
  const total = scriptBytes + sessionBytes + (scriptBytes > 0 && sessionBytes > 0 ? 2 : 0);
  const n = (value: number) => formatNumber(value, language);
  const bytes = (value: number) => plural(language, value, t.bytes, { count: n(value) });
  return (
    <div className="flex flex-col gap-3">
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
        <dt>{t.scriptCookies}</dt>
        <dd className="text-right tabular-nums" data-testid="weight-script" data-bytes={scriptBytes}>
          {cookies ? bytes(scriptBytes) : '—'}
        </dd>
        <dt>{format(t.sessionCookie, { name: sessionCookie?.name ?? '—' })}</dt>
        <dd className="text-right tabular-nums" data-testid="weight-session" data-bytes={sessionBytes}>
          {bytes(sessionBytes)}
        </dd>
      </dl>
      <p className="font-medium" data-testid="weight-total" data-bytes={total}>
        {format(t.perRequest, { bytes: bytes(total) })}
      </p>
      {measured.cookies.length === 0 ? (
        <p className="text-sm">{t.noCookies}</p>
      ) : (
        <Table
          caption={t.measuredCaption}
          columns={[t.cookieName, { label: t.cookieBytes, className: 'text-right' }]}
          data-testid="measured-header"
          data-total={measured.total}
        >
          {measured.cookies.map((cookie, i) => (
            <Row key={`${cookie.name}-${i}`}>
              <th scope="row" className="font-mono font-normal">
                {cookie.name}
              </th>
              <td className="text-right tabular-nums">{n(cookie.bytes)}</td>
            </Row>
          ))}
          <Row rule={false}>
            <th scope="row" className="font-medium">
              {t.headerTotal}
            </th>
            <td className="text-right font-medium tabular-nums">{n(measured.total)}</td>
          </Row>
        </Table>
      )}
      <p className="text-xs text-slate-600" data-testid="measured-at">
        <time dateTime={new Date(measuredAt).toISOString()}>{format(t.measuredAt, { time: formatDateTime(measuredAt, language) })}</time>
      </p>
      <LabButton
        type="button"
        onClick={() => startMeasuring(() => router.refresh())}
        disabled={measuring}
        className="self-start rounded-md border border-slate-400 bg-white px-3 py-1.5 font-medium hover:bg-slate-100 disabled:text-slate-500"
      >
        {measuring ? t.measuring : t.measureAgain}
      </LabButton>
    </div>
  );
}
