import { describe, expect, it } from 'vitest';
import { csrfProblem, isCrossSiteOrigin } from '@/lib/http/csrf';

const token = 'k'.repeat(43);
const host = 'localhost:3000';

describe('csrfProblem', () => {
  it('accepts the right token from this site, with or without an Origin header', () => {
    expect(csrfProblem({ token, origin: 'http://localhost:3000', host }, token)).toBeNull();
    expect(csrfProblem({ token, origin: null, host }, token)).toBeNull();
  });

  it('refuses a missing or wrong token', () => {
    expect(csrfProblem({ token: null, origin: null, host }, token)).toMatch(/missing/);
    expect(csrfProblem({ token: 'x'.repeat(43), origin: null, host }, token)).toMatch(/does not match/);
    expect(csrfProblem({ token: 'short', origin: null, host }, token)).toMatch(/does not match/);
    expect(csrfProblem({ token, origin: null, host }, undefined)).toMatch(/does not match/);
  });

  it('refuses another origin even with the right token', () => {
    expect(csrfProblem({ token, origin: 'https://evil.example', host }, token)).toMatch(/another site/);
    expect(csrfProblem({ token, origin: 'null', host }, token)).toMatch(/another site/);
    expect(csrfProblem({ token, origin: 'http://localhost:3001', host }, token)).toMatch(/another site/);
  });
});

describe('isCrossSiteOrigin', () => {
  it('is true only for an Origin of another host, or an opaque or garbled one', () => {
    expect(isCrossSiteOrigin('http://localhost:3000', host)).toBe(false);
    expect(isCrossSiteOrigin(null, host)).toBe(false);
    expect(isCrossSiteOrigin('https://evil.example', host)).toBe(true);
    expect(isCrossSiteOrigin('null', host)).toBe(true);
    expect(isCrossSiteOrigin('http://localhost:3001', host)).toBe(true);
  });
});
