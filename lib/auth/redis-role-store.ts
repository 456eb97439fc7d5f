import type { RedisLink } from '../session/redis-connection';
import type { Role } from './accounts';
import { parseRole, roleSchema, userIdSchema, type RoleStore } from './role-store';

/**
 * Granted roles in one Redis hash (field: user id), on the session store's
 * connection. One key, so it lives on one node of a cluster (the `{roles}`
 * hash tag names its slot); it holds a field per changed account, no more.
 */
export class RedisRoleStore implements RoleStore {
  readonly kind = 'redis';
  private readonly key: string;

  constructor(
    private readonly link: RedisLink,
    prefix = 'session-lab:',
  ) {
    this.key = `${prefix}{roles}:granted`;
  }

  async get(userId: string): Promise<Role | null> {
    if (!userIdSchema.safeParse(userId).success) return null;
    return parseRole(await this.link.run((client) => client.hget(this.key, userId)));
  }

  async set(userId: string, role: Role | null): Promise<void> {
    userIdSchema.parse(userId);
    if (role !== null) roleSchema.parse(role);
    await this.link.run((client) => (role === null ? client.hdel(this.key, userId) : client.hset(this.key, userId, role)));
  }

  async close(): Promise<void> {
    // The connection belongs to the session store, which closes it.
  }
}
