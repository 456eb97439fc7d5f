import type { NextRequest } from 'next/server';
import { errorResponse } from '@/lib/api/api-error';
import { toErrorResponse } from '@/lib/api/api-route';
import { findSession, sessionCookieName } from '@/lib/next-session/session-cookie';
import { openSessionEventStream } from '@/lib/next-session/event-stream';
import { getSessionRuntime } from '@/lib/next-session/runtime';
import { getWireRecorder, wireRecording } from '@/lib/next-session/wire';
import { routeMethods } from '@/lib/api/route-methods';

export const dynamic = 'force-dynamic';

/**
 * This session's lifecycle events as Server-Sent Events. proxy.ts skips this
 * path and the session is read with touch: false, so watching a session never
 * keeps it alive. No session, no stream: EventSource stops on the 401.
 */
async function handleGet(request: NextRequest): Promise<Response> {
  let response: Response;
  try {
    const found = await findSession(request.cookies.get(sessionCookieName())?.value, { touch: false });
    const stream = found
      ? openSessionEventStream({
          manager: getSessionRuntime().manager,
          session: found.session,
          signal: request.signal,
          lastEventId: request.headers.get('last-event-id'),
          wire: wireRecording() ? getWireRecorder() : undefined,
        })
      : null;
    if (!found) {
      response = errorResponse(401, 'no_session', 'There is no live session to watch. Load a page of this site to start one.');
    } else if (!stream) {
      response = errorResponse(
        429,
        'too_many_streams',
        'This session already has too many event streams open. Close some tabs and try again.',
      );
    } else {
      response = new Response(stream, {
        headers: {
          'Content-Type': 'text/event-stream; charset=utf-8',
          // no-transform: compression would hold events back until a buffer fills.
          'Cache-Control': 'no-store, no-transform',
          'X-Accel-Buffering': 'no',
        },
      });
    }
  } catch (error) {
    response = toErrorResponse(error);
  }
  return response;
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handleGet });
