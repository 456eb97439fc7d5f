import { describe, expect, it } from 'vitest';
import { isPrefetchRequest } from './prefetch';

describe('isPrefetchRequest', () => {
  it("knows Next's router prefetch and a browser's speculative load", () => {
    expect(isPrefetchRequest({ 'next-router-prefetch': '1' })).toBe(true);
    expect(isPrefetchRequest({ 'sec-purpose': 'prefetch;prerender' })).toBe(true);
  });

  it('a navigation, an RSC fetch without the prefetch header, or a client-sent stamp is not one', () => {
    expect(isPrefetchRequest({})).toBe(false);
    expect(isPrefetchRequest({ rsc: '1' })).toBe(false);
    expect(isPrefetchRequest({ 'x-session-lab-prefetch': '1' })).toBe(false);
  });
});
