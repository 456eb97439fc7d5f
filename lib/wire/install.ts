import 'server-only';
import { ServerResponse, type OutgoingHttpHeaders } from 'node:http';
import type { WireRecorder } from './recorder';

const INSTALLED = Symbol.for('session-lab.wire-recording');
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
  const writeHead = ServerResponse.prototype.writeHead;
  ServerResponse.prototype.writeHead = function recordedWriteHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    const request = this.req as ServerResponse['req'] | undefined;
    if (request && !this.headersSent) {
      try {
        recorder().record(request, statusCode, setCookiesOf(this, rest[rest.length - 1]));
      } catch (error) {
        // Recording is a view of the traffic; it must never break a response.
        console.error('Wire recording failed for one request', error);
      }
    }
    return Reflect.apply(writeHead, this, [statusCode, ...rest]) as ServerResponse;
  } as typeof writeHead;
}
