import type Database from 'better-sqlite3';
import { sqliteWork } from '../shared-state/sqlite-work';
import type { Role } from './accounts';
import { parseRole, roleSchema, userIdSchema, type RoleStore } from './role-store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS role_grants (
  user_id TEXT PRIMARY KEY,
  role TEXT NOT NULL
) WITHOUT ROWID;
`;

/** Granted roles in a table of the session database: every process on this machine shares the file. */
export class SqliteRoleStore implements RoleStore {
  readonly kind = 'sqlite';
  private readonly statements;

  /** `db`: the session store's connection (its file, its WAL and busy_timeout). */
  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
    this.statements = {
      get: db.prepare<[string], { role: string }>('SELECT role FROM role_grants WHERE user_id = ?'),
      set: db.prepare<[string, string]>(
        'INSERT INTO role_grants (user_id, role) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET role = excluded.role',
      ),
      remove: db.prepare<[string]>('DELETE FROM role_grants WHERE user_id = ?'),
    };
  }

  async get(userId: string): Promise<Role | null> {
    if (!userIdSchema.safeParse(userId).success) return null;
    return sqliteWork('Role grants', () => parseRole(this.statements.get.get(userId)?.role));
  }

  async set(userId: string, role: Role | null): Promise<void> {
    userIdSchema.parse(userId);
    if (role !== null) roleSchema.parse(role);
    return sqliteWork('Role grants', () => {
      if (role === null) this.statements.remove.run(userId);
      else this.statements.set.run(userId, role);
    });
  }

  async close(): Promise<void> {
    // The connection belongs to the session store, which closes it.
  }
}
