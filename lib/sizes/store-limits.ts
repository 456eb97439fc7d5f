import type { SessionStore } from '../session/store';

/**
 * The most one session can hold in each store: the store's own ceiling on a
 * single value. Far beyond anything sensible, which is the point next to a
 * cookie's 4 KB; keep real sessions small, since every request loads all of it.
 */
export const STORE_LIMIT_BYTES: Record<SessionStore['kind'], number> = {
  // SQLITE_MAX_LENGTH, the default cap on one string or blob.
  sqlite: 1_000_000_000,
  // Redis keeps a string value of up to 512 MB.
  redis: 512 * 1024 * 1024,
};
