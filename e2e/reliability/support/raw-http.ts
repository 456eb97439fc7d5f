import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';

/** A request as it goes on the wire: any method, any header, any bytes. */
export interface RawRequest {
  /** What this request tries, for failure messages. */
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string | string[]>;
  body?: string | Buffer;
  /** Send the body in pieces without Content-Length (Transfer-Encoding: chunked). */
  chunked?: boolean;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Sends one request on a fresh connection (a broken request must not poison the next one). */
export function sendRaw(base: string, raw: RawRequest, timeoutMs = 15_000): Promise<RawResponse> {
  const url = new URL(base);
  const headers = { ...raw.headers };
  // Node frames a body only for some methods by itself (not DELETE, say): always say how it is framed.
  if (raw.body !== undefined && raw.chunked) headers['transfer-encoding'] = 'chunked';
  else if (raw.body !== undefined && !('content-length' in headers)) headers['content-length'] = String(Buffer.byteLength(raw.body));
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: url.hostname, port: url.port, method: raw.method, path: raw.path, headers, agent: false, timeout: timeoutMs },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
    if (raw.body === undefined) {
      request.end();
    } else if (raw.chunked) {
      const bytes = Buffer.from(raw.body);
      const piece = Math.max(1, Math.ceil(bytes.length / 8));
      for (let start = 0; start < bytes.length; start += piece) request.write(bytes.subarray(start, start + piece));
      request.end();
    } else {
      request.end(raw.body);
    }
  });
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
