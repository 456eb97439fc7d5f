'use client';

import { useLiveSession } from '@/lib/browser/live-session';
import { format } from '@/lib/i18n/define-messages';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { formatDateTime } from '@/lib/i18n/format';
import type { SessionEvent } from '@/lib/session/events';

function describe(event: SessionEvent, t: Dictionary['live']): string {
  const name = event.name ?? '';
  switch (event.type) {
    case 'created':
      return t.eventCreated;
    case 'attributeAdded':
      return format(t.eventAttributeAdded, { name });
    case 'attributeReplaced':
      return format(t.eventAttributeReplaced, { name });
    case 'attributeRemoved':
      return format(t.eventAttributeRemoved, { name });
    case 'regenerated':
      return format(t.eventRegenerated, { previous: event.previous ?? '?', session: event.session });
    case 'expired':
      return event.reason === 'absolute' ? t.eventExpiredAbsolute : t.eventExpiredIdle;
    case 'invalidated':
      return t.eventInvalidated;
  }
}

const keyOf = (event: SessionEvent) => `${event.at}|${event.type}|${event.name ?? ''}|${event.session}`;

/**
 * The server's recent history of this session (rendered with the page), plus
 * whatever the event stream brings while the page is open.
 */
export function SessionTimeline({ session, history, t }: { session: string; history: SessionEvent[]; t: Dictionary['live'] }) {
  const live = useLiveSession();
  const seen = new Set(history.map(keyOf));
  const arrived = live.events.filter(
    (event) =>
      (event.session === session || event.previous === session) && !seen.has(keyOf(event)) && event.at >= (history.at(-1)?.at ?? 0),
  );
  const events = [...history, ...arrived];
  const status =
    live.status === 'live' || live.status === 'ended'
      ? t.streamLive
      : live.status === 'unavailable'
        ? t.streamUnavailable
        : t.streamConnecting;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">{t.timelineIntro}</p>
      <p className="text-xs text-slate-600" data-testid="stream-status" data-status={live.status}>
        {status}
      </p>
      <div role="log" aria-label={t.timelineTitle} tabIndex={0} className="max-h-80 overflow-y-auto">
        {events.length === 0 ? (
          <p className="text-sm">{t.timelineEmpty}</p>
        ) : (
          <ol className="flex flex-col gap-1 text-sm">
            {events.map((event) => (
              <li key={keyOf(event)} className="grid grid-cols-[auto_1fr] gap-2" data-event-type={event.type}>
                <time dateTime={new Date(event.at).toISOString()} className="font-mono text-xs text-slate-600 tabular-nums">
                  {formatDateTime(event.at, 'time')}
                </time>
                <span>{describe(event, t)}</span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
