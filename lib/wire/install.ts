import 'server-only';
import { Server, ServerResponse, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import type { WireRecorder } from './recorder';

const INSTALLED = Symbol.for('session-lab.wire-recording');
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
 * Hands every response of this process to the recorder just before its head
 * is written: the status and every Set-Cookie are final then, whoever set them
 * (proxy.ts, a page, a server action, a route handler, the http guard). Node
 * writes an implicit head through writeHead too, so nothing slips past.
 * Called once from instrumentation.ts.
 */
export function installWireRecording(recorder: () => WireRecorder): void {
  const holder = globalThis as typeof globalThis & { [INSTALLED]?: true };
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function arrivalEmit(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, Recorded];
      response[SENT_COOKIE] = request.headers.cookie ?? '';
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
  const writeHead = ServerResponse.prototype.writeHead;
  ServerResponse.prototype.writeHead = function recordedWriteHead(this: Recorded, statusCode: number, ...rest: unknown[]) {
    const request = this.req as ServerResponse['req'] | undefined;
    const cookie = this[SENT_COOKIE];
    if (request && cookie !== undefined && !this.headersSent) {
      try {
        const sent = { method: request.method, url: request.url, headers: request.headers, cookie: cookie || undefined };
        recorder().record(sent, statusCode, setCookiesOf(this, rest[rest.length - 1]));
      } catch (error) {
        // Recording is a view of the traffic; it must never break a response.
        console.error('Wire recording failed for one request', error);
      }
    }
    return Reflect.apply(writeHead, this, [statusCode, ...rest]) as ServerResponse;
  } as typeof writeHead;
}
