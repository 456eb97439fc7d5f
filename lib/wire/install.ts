import 'server-only';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { RequestStep } from '../http/request-hook';
import type { WireRecorder } from './recorder';

/** The Cookie header as the browser sent it: proxy.ts rewrites the request's headers for the page (a new session's cookie). */
const SENT_COOKIE = Symbol('session-lab.wire.sent-cookie');
type Recorded = ServerResponse & { [SENT_COOKIE]?: string };
const NO_COOKIES: readonly string[] = [];

function setCookiesOf(response: ServerResponse, headers: unknown): readonly string[] {
  // writeHead(status, [message], headers) may carry headers of its own, besides those set before.
  const given = headers && typeof headers === 'object' && !Array.isArray(headers) ? (headers as OutgoingHttpHeaders) : undefined;
  const value = given?.['set-cookie'] ?? given?.['Set-Cookie'] ?? response.getHeader('set-cookie');
  if (value === undefined) return NO_COOKIES;
  return Array.isArray(value) ? value : [String(value)];
}

/**
 * The wire recording as a step of the request hook (lib/http/request-hook.ts):
 * notes the Cookie header as the request arrives, and hands every response to
 * the recorder just before its head is written, when the status and every
 * Set-Cookie are final, whoever set them (proxy.ts, a page, a server action,
 * a route handler, the http guard). The recorder only notes the response
 * and builds its entry with the next batch (lib/wire/recorder.ts): nothing
 * here waits for a store.
 */
export function wireRecordingStep(recorder: () => WireRecorder): RequestStep {
  return {
    onRequest(request, response) {
      (response as Recorded)[SENT_COOKIE] = request.headers.cookie ?? '';
    },
    onWriteHead(response: Recorded, statusCode, headers) {
      const request = response.req as ServerResponse['req'] | undefined;
      const cookie = response[SENT_COOKIE];
      if (!request || cookie === undefined) return;
      try {
        const sent = { method: request.method, url: request.url, headers: request.headers, cookie: cookie || undefined };
        recorder().record(sent, statusCode, setCookiesOf(response, headers));
      } catch (error) {
        // Recording is a view of the traffic; it must never break a response.
        console.error('Wire recording failed for one request', error);
      }
    },
  };
}
