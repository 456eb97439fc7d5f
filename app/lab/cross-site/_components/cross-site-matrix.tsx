'use client';

import { useCallback, useEffect, useState } from 'react';
import { labButton, Outcome } from '@/components/lab-kit/experiment';
import { LabButton } from '@/components/lab-kit/lab-button';
import { fill } from '@/components/lab-kit/fill';
import { errorOf, sendJson } from '@/components/lab-kit/send-json';
import { format } from '@/lib/i18n/define-messages';
import { formatDateTime } from '@/lib/i18n/format';
import type { Language } from '@/lib/i18n/languages';
import type { RequestKind } from '@/lib/labs/cross-site';
import type { CrossSiteView } from '@/lib/labs/cross-site-lab';
import { kindLabel } from '@/lib/labs/cross-site';
import { useMarkStep } from '@/lib/browser/start-progress';
import { kindWords } from './kind-words';
import type { Dictionary } from '@/lib/i18n/dictionary';

/** How often the open lab asks what arrived (only while its tab is visible). */
const POLL_MS = 2000;

const code = (text: string, testId?: string) => (
  <code className="font-mono" data-testid={testId}>
    {text}
  </code>
);

/** The demo cookies' button, the way to the other site, and the matrix the server recorded, kept fresh. */
export function CrossSiteMatrix({
  initial,
  t,
  kit,
  language,
}: {
  initial: CrossSiteView;
  t: Dictionary['labCrossSite'];
  kit: Dictionary['labKit'];
  language: Language;
}) {
  const [view, setView] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const answer = await fetch('/api/lab/cross-site', { cache: 'no-store' });
      if (answer.ok) setView((await answer.json()) as CrossSiteView);
    } catch {
      // The next tick tries again.
    }
  }, []);

  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    const timer = setInterval(tick, POLL_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [refresh]);

  async function start() {
    setRunning(true);
    setProblem(null);
    try {
      const answer = await sendJson('POST', '/api/lab/cross-site');
      const error = errorOf(answer);
      if (error) setProblem(format(kit.answeredError, { status: answer.status, ...error }));
      else setView(answer.body as unknown as CrossSiteView);
    } catch {
      setProblem(kit.networkFailed);
    }
    setRunning(false);
  }

  // "Start here": the server recorded a request that the other site started.
  useMarkStep('cross-site', Object.keys(view.arrivals).length > 0);

  if (!view.otherHost) return <p className="text-amber-900">{t.noOtherSite}</p>;
  const otherUrl = view.run
    ? `${typeof location === 'undefined' ? 'http:' : location.protocol}//${view.otherHost}/other-site?run=${view.run}&lang=${language}`
    : null;
  const [sessionColumn, ...demoColumns] = view.columns;
  const columnLabels = [t.colSession, t.colStrict, t.colLax, t.colNone, t.colUnset, t.colPartitioned, t.colFrame];

  return (
    <>
      <p className="text-slate-700">{fill(t.sitesIntro, { host: code(view.host ?? ''), other: code(view.otherHost, 'other-host') })}</p>
      <p className="text-slate-700">{t.setCookiesIntro}</p>
      <LabButton onClick={start} disabled={running} className={labButton}>
        {running ? kit.running : t.setCookies}
      </LabButton>
      <Outcome testId="cookies-set">
        {problem && <p className="text-red-800">{problem}</p>}
        {view.cookiesSetAt && (
          <p>
            <time dateTime={view.cookiesSetAt}>{format(t.cookiesSetAt, { time: formatDateTime(view.cookiesSetAt, language) })}</time>
          </p>
        )}
      </Outcome>
      {otherUrl && (
        <p className="flex flex-col gap-1">
          <a
            href={otherUrl}
            target="_blank"
            rel="noopener"
            data-testid="open-other-site"
            className="self-start font-medium text-blue-800 underline underline-offset-4"
          >
            {t.openOther}
          </a>
          <span className="text-sm text-slate-700">{t.openOtherHint}</span>
        </p>
      )}

      <h3 id="matrix" className="mt-2 text-base font-semibold">
        {t.matrixTitle}
      </h3>
      <p className="text-sm text-slate-700">{t.matrixIntro}</p>
      <p className="text-sm text-slate-700" data-testid="cross-site-status">
        {format(t.cartNow, { count: view.cartItems })} {format(t.signedInNow, { answer: view.signedIn ? kit.yes : kit.no })}
      </p>
      <ul aria-label={t.matrixCaption} className="grid gap-3 md:grid-cols-2">
        {view.kinds.map((kind) => (
          <MatrixRow
            key={kind}
            kind={kind}
            t={t}
            arrived={view.arrivals[kind]?.cookies ?? null}
            columns={[sessionColumn!, ...demoColumns]}
            columnLabels={columnLabels}
          />
        ))}
      </ul>
    </>
  );
}

function MatrixRow({
  kind,
  t,
  arrived,
  columns,
  columnLabels,
}: {
  kind: RequestKind;
  t: Dictionary['labCrossSite'];
  arrived: string[] | null;
  columns: string[];
  columnLabels: string[];
}) {
  const words = kindWords(kind, t);
  return (
    <li className="flex min-w-0 flex-col gap-1 rounded-lg border border-slate-300 p-3" data-testid={`row-${kind}`}>
      <h4 className="font-semibold">{kindLabel(kind, t)}</h4>
      <p className="text-sm text-slate-700">{words.explain}</p>
      <p className="text-sm text-slate-700">
        <span className="font-medium">{t.colApp}:</span> {words.did}
      </p>
      {/* The chips are the lab's result: the same size as the card's text, readable on a projector, not a size smaller. */}
      <ul className="flex flex-wrap gap-1 text-sm">
        {columns.map((name, i) => {
          const state = arrived === null ? 'not-yet' : arrived.includes(name) ? 'sent' : 'withheld';
          const look =
            state === 'sent'
              ? 'border-emerald-700 bg-emerald-50 text-emerald-900'
              : state === 'withheld'
                ? 'border-slate-400 bg-slate-100 text-slate-800'
                : 'border-dashed border-slate-400 text-slate-700';
          return (
            <li key={name} className={`rounded border px-2 py-0.5 ${look}`} data-testid={`cell-${kind}-${name}`} data-state={state}>
              <span className="font-mono">{name}</span> <span>({columnLabels[i]})</span>:{' '}
              <strong>{state === 'sent' ? t.sent : state === 'withheld' ? t.withheld : t.notYet}</strong>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
