'use client';

import { memo, useRef, useState, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { StoreIcon, StoreIconSymbol } from '@/components/stores/store-mark';
import { useLiveSession } from '@/lib/browser/live-session';
import { useMarkStep } from '@/lib/browser/start-progress';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { isoTime } from '@/lib/i18n/format';
import { mergeWireEntries, type WireEntry, type WireKind, type WireStep } from '@/lib/wire/wire-entry';

type T = Dictionary['wire'];

const STEP_KEY: Record<WireStep, keyof T> = {
  noCookie: 'stepNoCookie',
  unknownCookie: 'stepUnknownCookie',
  setCookie: 'stepSetCookie',
  sentBack: 'stepSentBack',
  sentEnded: 'stepSentEnded',
  rotated: 'stepRotated',
  resealed: 'stepResealed',
  deleted: 'stepDeleted',
};

const KIND_KEY: Record<WireKind, keyof T> = {
  page: 'kindPage',
  action: 'kindAction',
  data: 'kindData',
  api: 'kindApi',
};

/** Steps that change what the browser holds stand out; the everyday "sent it back" stays quiet. */
const STEP_STYLE: Record<WireStep, string> = {
  noCookie: 'bg-violet-100 text-violet-900',
  unknownCookie: 'bg-violet-100 text-violet-900',
  setCookie: 'bg-amber-100 text-amber-950',
  sentBack: 'bg-slate-100 text-slate-800',
  sentEnded: 'bg-red-100 text-red-900',
  rotated: 'bg-emerald-100 text-emerald-900',
  resealed: 'bg-slate-100 text-slate-800',
  deleted: 'bg-red-100 text-red-900',
};

/** The cookie icon each entry shows twice, drawn once in the list (StoreIconSymbol). */
const COOKIE_ICON = 'wire-cookie-icon';

export function stepText(step: WireStep, t: T): string {
  return t[STEP_KEY[step]];
}

/** One request; memo: the list renders again for each new entry, the entries it already shows stay as they are. */
const Entry = memo(function Entry({
  entry,
  current,
  compact,
  t,
  ref,
}: {
  entry: WireEntry;
  current: string | null;
  compact: boolean;
  t: T;
  /** Given to the first entry "show earlier" reveals, which takes the focus from the button (it goes away). */
  ref?: Ref<HTMLLIElement>;
}) {
  const bytes = (count: number) => format(t.bytes, { count });
  const earlier = current !== null && entry.session !== current;
  return (
    <li
      ref={ref}
      tabIndex={ref ? -1 : undefined}
      className={`flex flex-col gap-1 border-t border-slate-200 py-2 first:border-t-0 focus-visible:outline-2 focus-visible:outline-blue-800 ${earlier ? 'opacity-80' : ''}`}
      data-testid="wire-entry"
      data-steps={entry.steps.join(' ')}
      data-method={entry.method}
      data-path={entry.path}
      data-status={entry.status}
    >
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <time dateTime={new Date(entry.at).toISOString()} className="font-mono text-xs text-slate-600 tabular-nums">
          {isoTime(entry.at).slice(11, 19)}
        </time>
        <code className="font-mono text-sm font-semibold">
          {entry.method} {entry.path}
        </code>
        <span className="font-mono text-xs text-slate-700">{entry.status}</span>
        <span className="text-xs text-slate-600">{t[KIND_KEY[entry.kind]]}</span>
        {earlier && <span className="text-xs text-slate-600">({t.earlier})</span>}
      </div>
      <ul className="flex flex-wrap gap-1" aria-label={t.stepsTitle}>
        {entry.steps.map((step) => (
          <li key={step} className={`rounded px-1.5 py-0.5 text-xs font-medium ${STEP_STYLE[step]}`} data-step={step}>
            {stepText(step, t)}
          </li>
        ))}
      </ul>
      {!compact && (
        // On a phone each label sits above its cookies, so the cookies get the whole width.
        <dl className="grid grid-cols-1 gap-x-2 gap-y-0.5 text-xs sm:grid-cols-[auto_1fr] sm:gap-y-1">
          <dt className="flex items-center gap-1 font-medium text-slate-700">
            <StoreIcon store="cookie" className="h-4 w-4" use={COOKIE_ICON} /> → {t.sent}
          </dt>
          <dd className="min-w-0 break-words pl-5 sm:pl-0" data-testid="wire-sent">
            {entry.sent.length === 0
              ? t.noCookies
              : entry.sent.map((cookie, index) => (
                  <span key={index} className="mr-2 inline-block">
                    <code className="font-mono">{cookie.name}</code> ({bytes(cookie.bytes)}
                    {cookie.sealed && (
                      <>
                        , <code className="font-mono">{cookie.sealed}</code>
                      </>
                    )}
                    )
                  </span>
                ))}
          </dd>
          <dt className="flex items-center gap-1 font-medium text-slate-700">
            <StoreIcon store="cookie" className="h-4 w-4" use={COOKIE_ICON} /> ← {t.received}
          </dt>
          <dd className="min-w-0 break-words pl-5 sm:pl-0" data-testid="wire-received">
            {entry.received.length === 0
              ? '—'
              : entry.received.map((cookie, index) => (
                  <span
                    key={index}
                    className="mr-2 inline-block"
                    data-cookie={cookie.name}
                    data-deletes={cookie.deletes}
                    data-attributes={cookie.attributes.join('; ')}
                  >
                    <code className="font-mono">
                      {cookie.name}={cookie.sealed ?? (cookie.deletes ? '' : '…')}
                      {cookie.attributes.map((attribute) => `; ${attribute}`).join('')}
                    </code>{' '}
                    ({bytes(cookie.bytes)}){cookie.deletes && <strong className="ml-1 text-red-800">{t.deletes}</strong>}
                    {cookie.replaces && <strong className="ml-1 text-emerald-800">{t.replaces}</strong>}
                  </span>
                ))}
          </dd>
        </dl>
      )}
    </li>
  );
});

/**
 * This browser's requests, newest first: those the server had recorded when
 * the page was rendered, then each new one as the event stream brings it
 * (from any tab: they share one stream).
 * With `firstShown`, the newest that many show until the visitor asks for the
 * earlier ones: a returning visitor's 40 requests, each drawn in full, made a
 * long page for a phone to lay out and hydrate before it answers a tap.
 */
export function WireList({
  initial,
  session,
  limit,
  firstShown,
  compact = false,
  t,
}: {
  initial: WireEntry[];
  session: string | null;
  limit: number;
  firstShown?: number;
  compact?: boolean;
  t: T;
}) {
  const live = useLiveSession();
  const entries = mergeWireEntries(initial, live.wire);
  const current = live.session ?? session;
  const all = entries.slice(-limit).reverse();
  const [showAll, setShowAll] = useState(firstShown === undefined);
  const shown = showAll ? all : all.slice(0, firstShown);
  const hidden = all.length - shown.length;
  // The first entry the button reveals: the button goes away, so the focus moves there instead of falling to <body>.
  const firstRevealed = useRef<HTMLLIElement>(null);
  const showEarlier = () => {
    // Rendered at once (flushSync), so the entry is in the page, and in the ref, when it is focused.
    flushSync(() => setShowAll(true));
    firstRevealed.current?.focus();
  };
  // "Start here": the visitor has seen a request carry the ID back to a session the server found.
  useMarkStep(
    'wire-back',
    shown.some((entry) => entry.steps.includes('sentBack')),
  );
  return (
    <div role="region" aria-label={t.listLabel} tabIndex={0} className={compact ? 'max-h-72 overflow-y-auto' : ''} data-testid="wire-list">
      {!compact && <StoreIconSymbol store="cookie" id={COOKIE_ICON} />}
      {shown.length === 0 ? (
        <p className="text-sm">{t.empty}</p>
      ) : (
        <ol className="flex flex-col">
          {shown.map((entry, index) => (
            <Entry
              key={entry.id}
              entry={entry}
              current={current}
              compact={compact}
              t={t}
              ref={showAll && index === firstShown ? firstRevealed : undefined}
            />
          ))}
        </ol>
      )}
      {hidden > 0 && (
        <button
          type="button"
          onClick={showEarlier}
          className="mt-2 rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-800"
          data-testid="wire-show-earlier"
        >
          {format(t.showEarlier, { count: hidden })}
        </button>
      )}
    </div>
  );
}
