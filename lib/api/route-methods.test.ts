import { describe, expect, it } from 'vitest';
import { routeMethods } from '@/lib/api/route-methods';
import { unroutableRequest } from '@/lib/http/http-guard';

describe('routeMethods', () => {
  const get = async () => Response.json({ ok: true });
  const routes = routeMethods({ GET: get });

  it('keeps the handlers it is given, and answers HEAD with GET', () => {
    expect(routes.GET).toBe(get);
    expect(routes.HEAD).toBe(get);
  });

  it('answers any other method with a JSON 405 that names the allowed ones', async () => {
    const response = routes.DELETE(new Request('http://x/api/thing', { method: 'DELETE' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await response.json()).toEqual({
      error: { code: 'method_not_allowed', message: 'DELETE is not allowed here. This endpoint accepts GET.' },
    });
  });

  it('answers OPTIONS with the same Allow list', () => {
    const response = routes.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('a route without GET does not answer HEAD either', () => {
    const put = routeMethods({ PUT: get });
    expect(put.HEAD(new Request('http://x/', { method: 'HEAD' })).status).toBe(405);
    expect(put.OPTIONS().headers.get('allow')).toBe('PUT, OPTIONS');
  });
});

describe('unroutableRequest (the HTTP guard in front of Next.js)', () => {
  it.each(['TRACE', 'TRACK', 'PROPFIND', 'PURGE', 'QUERY', undefined])('refuses the method %s with a 405', (method) => {
    expect(unroutableRequest(method, '/')).toMatchObject({ status: 405, code: 'method_not_allowed' });
  });

  it.each(['/api/%zz', '/api/health%', '/%E0%A4%A', '/api/session/%'])('refuses the broken path %s with a 400', (url) => {
    expect(unroutableRequest('GET', url)).toMatchObject({ status: 400, code: 'invalid_input' });
  });

  it('refuses a router-state header Next.js cannot parse, and lets a real one through', () => {
    for (const junk of ['junk', '%5B%5D', '%5B1%5D', '%7B%22']) {
      expect(unroutableRequest('GET', '/', { 'next-router-state-tree': junk })).toMatchObject({
        status: 400,
        code: 'invalid_router_state',
      });
    }
    const real = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }, null, 'refetch']));
    expect(unroutableRequest('GET', '/', { 'next-router-state-tree': real })).toBeNull();
  });

  it.each([
    ['GET', '/'],
    ['PUT', '/api/session/max-inactive-interval'],
    ['GET', '/api/a%2Fb?q=%zz'],
    ['OPTIONS', '/api/%E2%9C%93'],
  ])('lets %s %s through', (method, url) => {
    expect(unroutableRequest(method, url)).toBeNull();
  });
});
