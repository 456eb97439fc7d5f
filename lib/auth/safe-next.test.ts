import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it.each([
    ['/sessions', '/sessions'],
    ['/admin/sessions?x=1#top', '/admin/sessions?x=1#top'],
    ['/a/../sessions', '/sessions'],
  ])('keeps the same-site path %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '\\\\evil.example',
    '/\t/evil.example',
    // Normalising can make a protocol-relative URL: "/./" and "/x/../" fold into "//".
    '/.//evil.example/x',
    '/x/..//evil.example',
    '/./\\evil.example',
    'javascript:alert(1)',
    'sessions',
    '',
    '/login',
    '/api/session',
    `/${'a'.repeat(600)}`,
  ])('refuses %s', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });

  it('refuses what is not a string', () => {
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath(['/sessions'])).toBe('/');
    expect(safeNextPath(undefined, '')).toBe('');
  });
});
