import { z } from 'zod';
import type { Role } from './accounts';

/**
 * Roles an admin gave or took away in the re-authentication lab, keyed by
 * user. The demo has no users table to write to, so this small store stands in
 * for one: a table in the session database (SQLite) or one hash in Redis, so
 * every instance sees a change at once and it survives a restart.
 *
 * Bounded by the accounts that exist: callers check the user first, and a
 * grant equal to the account's own role is a delete, not a row.
 */
export interface RoleStore {
  readonly kind: 'sqlite' | 'redis';
  /** The granted role, or null when the account's own role holds. */
  get(userId: string): Promise<Role | null>;
  /** null: back to the account's own role. */
  set(userId: string, role: Role | null): Promise<void>;
  close(): Promise<void>;
}

export const roleSchema = z.enum(['user', 'admin']);

/** A user id as the accounts spell them; anything else is refused before it reaches a store. */
export const userIdSchema = z.string().regex(/^[a-z0-9_-]{1,64}$/);

/** What a store read back: a role, or null for anything else (a hand-edited value changes nothing). */
export function parseRole(value: unknown): Role | null {
  const parsed = roleSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
