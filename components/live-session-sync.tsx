'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { onLiveMessage, useLiveSession } from '@/lib/browser/live-session';
import type { Dictionary } from '@/lib/i18n/dictionary';
import type { StreamMessage } from '@/lib/next-session/stream-protocol';

/**
 * Events after which the server renders this page differently. A new ID
 * (regenerated) is followed by the stream reconnecting with the browser's
 * cookie, whose `ready` names the new session: the page renders again then,
 * not on the event itself. The event can arrive before the response that
 * carries the new cookie; a render requested then went with the old cookie,
 * which names no session any more, so it started a new, signed-out one whose
 * cookie replaced the new one (a logout, seen on a busy machine).
 */
function changesThisPage(message: StreamMessage, session: string): boolean {
  if (message.event === 'ready') return message.data.session !== session; // the cookie now names another session
  if (message.event !== 'session') return false;
  // The stream carries the events of the session the cookie names now. One this page was not rendered
  // with (a change right after a new ID, while the page is still rendering for it) is news all the same.
  const { type } = message.data;
  return type === 'attributeAdded' || type === 'attributeReplaced' || type === 'attributeRemoved';
}

function endingText(ending: StreamMessage, t: Dictionary['live']): string {
  if (ending.event === 'session' && ending.data.type === 'expired') {
    return ending.data.reason === 'absolute' ? t.endedExpiredAbsolute : t.endedExpiredIdle;
  }
  if (ending.event === 'session' && ending.data.type === 'invalidated') return t.endedInvalidated;
  return t.endedGone;
}

/**
 * Keeps a server-rendered page in step with the session: when another tab
 * changes it, the page renders again; when the server ends it, says so. It
 * never refreshes on `expired`, since that request would itself start a
 * new session before the visitor has read why the old one ended.
 */
export function LiveSessionSync({ session, t, restartHref }: { session: string; t: Dictionary['live']; restartHref: string }) {
  const router = useRouter();
  const live = useLiveSession();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onLiveMessage((message) => {
      if (!changesThisPage(message, session)) return;
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 100); // one render for a burst (login adds several attributes)
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [router, session]);

  const ending = live.status === 'ended' && live.session === session ? live.ending : null;
  if (!ending) return null;
  return (
    <div role="alert" className="flex flex-col gap-2 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
      <p className="font-semibold">{endingText(ending, t)}</p>
      <p>{t.endedNext}</p>
      <p>
        <a href={restartHref} className="inline-block rounded-md bg-red-800 px-3 py-1.5 font-medium text-white hover:bg-red-900">
          {t.startNew}
        </a>
      </p>
    </div>
  );
}
