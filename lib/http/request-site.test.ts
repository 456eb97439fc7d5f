import { describe, expect, it } from 'vitest';
import { requestSite, SCHEME_HEADER, trustedScheme } from './request-site';

describe('trustedScheme', () => {
  it('is https on a TLS socket, else http; X-Forwarded-Proto counts only from a trusted proxy', () => {
    expect(trustedScheme(true, undefined, 0)).toBe('https');
    expect(trustedScheme(false, 'https', 0)).toBe('http');
    expect(trustedScheme(false, 'https', 1)).toBe('https');
    expect(trustedScheme(false, 'https, http', 1)).toBe('http');
    expect(trustedScheme(false, 'gopher', 1)).toBe('http');
  });
});

describe('requestSite', () => {
  it("is the request's own origin, from the stamped scheme and the Host header", () => {
    expect(requestSite(new Headers({ host: '127.0.0.1:3000' }))).toBe('http://127.0.0.1:3000');
    expect(requestSite(new Headers({ host: 'app.example', [SCHEME_HEADER]: 'https' }))).toBe('https://app.example');
    expect(requestSite(new Headers({}))).toBeNull();
  });
});
