import { StoreUnavailableError } from '../session/store';

/**
 * Runs a synchronous SQLite call for one of the small shared stores (wire
 * entries, the cross-site lab's arrivals, granted roles), with the session
 * store's rule for failures: a lock held too long or a disk in trouble is a
 * 503 to try again, not a 500; anything else is a bug and stays one.
 */
export function sqliteWork<T>(label: string, work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    const code = (error as { code?: unknown })?.code;
    if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY|CORRUPT|NOTADB)/.test(code)) {
      return Promise.reject(new StoreUnavailableError(`${label}: ${(error as Error).message}`, { cause: error }));
    }
    if (error instanceof TypeError && /database connection is not open/.test(error.message)) {
      return Promise.reject(new StoreUnavailableError(`${label}: the database is closed.`, { cause: error }));
    }
    return Promise.reject(error);
  }
}
