import type { PublicUser, Role } from './accounts';

/*
 * Roles an admin gave or took away in the re-authentication lab. The demo has
 * no user database to write to, so the change lives in this server process's
 * memory until it restarts (a real app writes it to its users table). Login
 * reads it (accounts.ts), so the next sign-in gets the new role.
 */
const KEY = Symbol.for('session-lab.role-grants');
type Holder = typeof globalThis & { [KEY]?: Map<string, Role> };
const grants = () => ((globalThis as Holder)[KEY] ??= new Map());

export function setGrantedRole(userId: string, role: Role, accountRole: Role): void {
  if (role === accountRole) grants().delete(userId);
  else grants().set(userId, role);
}

export function withGrantedRole(user: PublicUser): PublicUser {
  const role = grants().get(user.id);
  return role ? { ...user, role } : user;
}
