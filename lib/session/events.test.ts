import { describe, expect, it } from 'vitest';
import { newEventId } from './events';

describe('newEventId', () => {
  it('gives 12 base64url characters, unique across several refills of its pool of random bytes', () => {
    const ids = Array.from({ length: 2000 }, newEventId);
    expect(ids.every((id) => /^[A-Za-z0-9_-]{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
