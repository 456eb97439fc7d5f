import { secondsInEnglish } from '../i18n/plural';

const MARK = Symbol.for('session-lab.TooManySessionsError');

/** One client address started more sessions in the last minute than SESSION_CREATE_LIMIT allows: 429. */
export class TooManySessionsError extends Error {
  readonly [MARK] = true;

  constructor(readonly retryAfterSeconds: number) {
    super(`Too many new sessions from your address. Try again in ${secondsInEnglish(retryAfterSeconds)}.`);
    this.name = 'TooManySessionsError';
  }

  // Each Next.js bundle has its own copy of this class (see StoreUnavailableError): check the mark.
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && MARK in value;
  }
}

/** The window for SESSION_CREATE_LIMIT. */
export const SESSION_CREATE_WINDOW_MS = 60_000;
