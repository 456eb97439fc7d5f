import { describe, expect, it } from 'vitest';
import { SessionEndedError } from '@/lib/session/http-session';
import { StoreUnavailableError } from '@/lib/session/store';

/** Next gives proxy.ts and each route their own copy of these classes; instanceof must see through that. */
describe('store errors across bundle copies', () => {
  it('recognises an error thrown by another copy of the class by its mark', () => {
    const fromOtherCopy = Object.assign(new Error('down'), { [Symbol.for('session-lab.StoreUnavailableError')]: true });
    expect(fromOtherCopy instanceof StoreUnavailableError).toBe(true);
    expect(new StoreUnavailableError('down')).toBeInstanceOf(StoreUnavailableError);
    expect(new Error('down') instanceof StoreUnavailableError).toBe(false);
    expect(new SessionEndedError() instanceof StoreUnavailableError).toBe(false);
    expect(Object.assign(new Error(), { [Symbol.for('session-lab.SessionEndedError')]: true }) instanceof SessionEndedError).toBe(true);
  });
});
