import { describe, expect, it } from 'vitest';
import { csrfProblem, isCrossSiteOrigin, siteOrigin } from '@/lib/http/csrf';

const token = 'k'.repeat(43);
const site = 'http://localhost:3000';

describe('csrfProblem', () => {
  it('accepts the right token from this site, with or without an Origin header', () => {
    expect(csrfProblem({ token, origin: 'http://localhost:3000', site }, token)).toBeNull();
    expect(csrfProblem({ token, origin: null, site }, token)).toBeNull();
  });

  it('refuses a missing or wrong token', () => {
    expect(csrfProblem({ token: null, origin: null, site }, token)).toMatch(/missing/);
    expect(csrfProblem({ token: 'x'.repeat(43), origin: null, site }, token)).toMatch(/does not match/);
    expect(csrfProblem({ token: 'short', origin: null, site }, token)).toMatch(/does not match/);
    expect(csrfProblem({ token, origin: null, site }, undefined)).toMatch(/does not match/);
  });

  it('refuses another origin even with the right token', () => {
    expect(csrfProblem({ token, origin: 'https://evil.example', site }, token)).toMatch(/another site/);
    expect(csrfProblem({ token, origin: 'null', site }, token)).toMatch(/another site/);
    expect(csrfProblem({ token, origin: 'http://localhost:3001', site }, token)).toMatch(/another site/);
  });
});

describe('isCrossSiteOrigin', () => {
  it('is false only for exactly this origin (scheme, host and port), or no Origin at all', () => {
    expect(isCrossSiteOrigin('http://localhost:3000', site)).toBe(false);
    expect(isCrossSiteOrigin(null, site)).toBe(false);
    expect(isCrossSiteOrigin('https://evil.example', site)).toBe(true);
    expect(isCrossSiteOrigin('null', site)).toBe(true);
    expect(isCrossSiteOrigin('http://localhost:3001', site)).toBe(true);
  });

  it('compares the scheme too: https://host is not http://host, nor the reverse', () => {
    expect(isCrossSiteOrigin('https://localhost:3000', site)).toBe(true);
    expect(isCrossSiteOrigin('http://app.example', 'https://app.example')).toBe(true);
    expect(isCrossSiteOrigin('https://app.example', 'https://app.example')).toBe(false);
  });

  it('localhost and 127.0.0.1 are two sites; each is itself whichever name the visitor used', () => {
    expect(isCrossSiteOrigin('http://127.0.0.1:3000', site)).toBe(true);
    expect(isCrossSiteOrigin('http://127.0.0.1:3000', 'http://127.0.0.1:3000')).toBe(false);
  });

  it('refuses when this site is unknown (no Host)', () => {
    expect(isCrossSiteOrigin('http://localhost:3000', null)).toBe(true);
  });
});

describe('siteOrigin', () => {
  it('is the scheme the request came in on, with its Host; default ports dropped as browsers do', () => {
    expect(siteOrigin('http', 'localhost:3000')).toBe('http://localhost:3000');
    expect(siteOrigin('https', 'app.example:443')).toBe('https://app.example');
    expect(siteOrigin('http', null)).toBeNull();
    expect(siteOrigin('http', 'bad host/')).toBeNull();
  });
});
