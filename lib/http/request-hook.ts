import { Server, ServerResponse, type IncomingMessage } from 'node:http';

/** One thing done to every request of this process, in the one hook below. */
export interface RequestStep {
  /** As Node hands the request over, before Next.js parses it. True: the step answered it, Next.js never sees it. */
  onRequest?(request: IncomingMessage, response: ServerResponse): boolean | void;
  /** Just before a response's head is written: the status and every header are final then, whoever set them. */
  onWriteHead?(response: ServerResponse, statusCode: number, headers: unknown): void;
}

const INSTALLED = Symbol.for('session-lab.request-hook');

/**
 * The app's one hook on `next start`'s HTTP server, with its steps in order
 * (lib/http/http-guard.ts, lib/http/shutdown.ts, lib/wire/install.ts).
 * Called once from instrumentation.ts; a second call (another bundle) does
 * nothing.
 *
 * Why a patch of Node's prototypes: checked against Next.js 16.4.6
 * (package.json) and its docs, there is no supported hook that runs before
 * Next.js parses a request. proxy.ts and instrumentation's onRequestError run
 * after the parsing that some requests break (see http-guard.ts); a custom
 * server (next({ ... }).getRequestHandler()) could check first, but it
 * replaces `next start` and gives up its optimisations, which the docs warn
 * against. Nor does any hook see a response's final head (Set-Cookie from a
 * server action, the status Next.js picks): Node writes every head, the
 * implicit one too, through writeHead. Look again at each Next.js upgrade.
 */
export function installRequestHook(steps: readonly RequestStep[]): void {
  const holder = globalThis as typeof globalThis & { [INSTALLED]?: true };
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  const onRequest = steps.flatMap((step) => (step.onRequest ? [step.onRequest.bind(step)] : []));
  const onWriteHead = steps.flatMap((step) => (step.onWriteHead ? [step.onWriteHead.bind(step)] : []));

  const emit = Server.prototype.emit;
  Server.prototype.emit = function hookedEmit(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      for (const step of onRequest) if (step(request, response) === true) return true;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;

  // No step looks at heads (WIRE_RECORDING=off): writeHead stays Node's own.
  if (onWriteHead.length === 0) return;
  const writeHead = ServerResponse.prototype.writeHead;
  ServerResponse.prototype.writeHead = function hookedWriteHead(this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (!this.headersSent) for (const step of onWriteHead) step(this, statusCode, rest[rest.length - 1]);
    return Reflect.apply(writeHead, this, [statusCode, ...rest]) as ServerResponse;
  } as typeof writeHead;
}
