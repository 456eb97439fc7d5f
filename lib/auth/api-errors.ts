import 'server-only';
import { ApiError } from '../api/api-error';
import { getDictionary } from '../i18n/dictionary';
import type { LoginResult } from './login';
import { serverTiming } from '../http/server-timing';
import { secondsInEnglish } from '../i18n/plural';

/** The English validation messages: the JSON API speaks English, the pages the visitor's language. */
export const apiWords = getDictionary('en').auth;

/** A refused login as the contract's error: 401 invalid_credentials, 429 too_many_attempts or 503 busy, with Retry-After. */
export function loginRefusal(result: Exclude<LoginResult, { ok: true }>): ApiError {
  if (result.reason === 'busy') {
    return new ApiError(
      503,
      'busy',
      `The server is busy checking other logins. Try again in ${secondsInEnglish(result.retryAfterSeconds)}.`,
      {
        'Retry-After': String(result.retryAfterSeconds),
      },
    );
  }
  if (result.reason === 'too_many_attempts') {
    return new ApiError(
      429,
      'too_many_attempts',
      `Too many failed logins for this username or from your address. Try again in ${secondsInEnglish(result.retryAfterSeconds)}.`,
      { 'Retry-After': String(result.retryAfterSeconds) },
    );
  }
  return new ApiError(401, 'invalid_credentials', apiWords.invalidCredentials, passwordCheckTiming(result.passwordCheckMs));
}

/**
 * The password check's duration as a Server-Timing header: the same for a
 * wrong password and an unknown user (both run scrypt), so it tells no more
 * than the response time already does.
 */
export function passwordCheckTiming(ms: number): Record<string, string> {
  return { 'Server-Timing': serverTiming([{ name: 'password', ms, description: 'Password check (scrypt)' }]) };
}
