import type { z } from 'zod';
import { ApiError } from './api-error';

export const MAX_BODY_BYTES = 16 * 1024;

/** Reads at most `limit` bytes, so a huge body costs us 16 KB of memory, not its size. */
async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

function tooLarge() {
  return new ApiError(413, 'payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
}

/** Describes the first problem in words a person can act on: "quantity: must be at most 99". */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request body is not valid.';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** Parses the body as JSON and checks it against `schema`; anything else is a 400 (or 413). */
export async function readJson<Schema extends z.ZodType>(request: Request, schema: Schema): Promise<z.infer<Schema>> {
  const text = await readLimited(request, MAX_BODY_BYTES);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_input', 'The request body must be a JSON object.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError(400, 'invalid_input', describeIssues(parsed.error));
  return parsed.data;
}

/**
 * For writes that take no body: an empty body or `{}` is fine; anything else is
 * refused, so a request with a body we would ignore changes nothing.
 */
export async function readNoBody(request: Request): Promise<void> {
  const text = (await readLimited(request, MAX_BODY_BYTES)).trim();
  if (text === '' || text === '{}') return;
  throw new ApiError(400, 'invalid_input', 'This endpoint takes no request body (send none, or {}).');
}
