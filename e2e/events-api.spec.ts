import { expect, test } from '@playwright/test';
import { readyFromEventStream } from './support/browser-stores';
import { sessionOf } from './support/auth';

test.describe('GET /api/events', () => {
  test('without a session: a 401 JSON error, and no session is created', async ({ page, context }) => {
    const response = await page.request.get('/api/events');
    expect(response.status()).toBe(401);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(await response.json()).toEqual({ error: { code: 'no_session', message: expect.stringContaining('no live session') } });
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(await context.cookies()).toEqual([]);
  });

  test("with a session: an event stream that starts with this session's deadlines", async ({ page }) => {
    await page.goto('/lab');
    const headers = await page.evaluate(async () => {
      const abort = new AbortController();
      const response = await fetch('/api/events', { signal: abort.signal });
      const result = { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control') };
      abort.abort();
      return result;
    });
    expect(headers).toEqual({ status: 200, type: 'text/event-stream; charset=utf-8', cache: 'no-store, no-transform' });
    const session = await sessionOf(page.request);
    const ready = await readyFromEventStream(page);
    expect(ready).toMatchObject({ session: session.id, maxInactiveInterval: 1800 });
  });

  test('at most 8 streams per session, and a stream the client drops frees its place', async ({ page, context, baseURL }) => {
    await page.goto('/lab'); // a page that opens no stream of its own
    // From Node: a browser would queue the 7th stream behind its six connections per host.
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const open = () => {
      const abort = new AbortController();
      return fetch(`${baseURL}/api/events`, { headers: { cookie }, signal: abort.signal }).then((response) => ({
        status: response.status,
        abort,
      }));
    };
    const streams = await Promise.all(Array.from({ length: 8 }, open));
    expect(streams.map((s) => s.status)).toEqual(Array(8).fill(200));
    const ninth = await open();
    expect(ninth.status).toBe(429);
    streams.forEach((s) => s.abort.abort());
    await expect
      .poll(async () => {
        const again = await open();
        again.abort.abort();
        return again.status;
      })
      .toBe(200);
  });
});
