import type { PublicUser, Role } from './accounts';
import type { RoleStore } from './role-store';

/*
 * Roles an admin gave or took away in the re-authentication lab. The demo has
 * no user database to write to, so the change goes to a RoleStore, shared by
 * every instance (SQLite or Redis, like the sessions; a real app writes it to
 * its users table). Login reads it (lib/auth/login.ts), so the next sign-in,
 * on any instance, gets the new role.
 */

export async function setGrantedRole(roles: RoleStore, userId: string, role: Role, accountRole: Role): Promise<void> {
  // The account's own role again: nothing to keep.
  await roles.set(userId, role === accountRole ? null : role);
}

export async function withGrantedRole(roles: RoleStore, user: PublicUser): Promise<PublicUser> {
  const role = await roles.get(user.id);
  return role ? { ...user, role } : user;
}
