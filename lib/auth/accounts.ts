import { verifyPassword } from './password';

export type Role = 'user' | 'admin';

/** What pages, the API and the browser mirror may know about a user: never the hash. */
export interface PublicUser {
  id: string;
  name: string;
  role: Role;
}

interface Account extends PublicUser {
  username: string;
  passwordHash: string;
}

/*
 * The two demo accounts. Only scrypt hashes are stored, made once with
 * hashPassword() (lib/auth/password.ts); to make another, run:
 *   node -e "const c=require('crypto'),s=c.randomBytes(16),N=2**17;console.log('\$scrypt\$ln=17,r=8,p=1\$'+s.toString('base64')+'\$'+c.scryptSync(process.argv[1].normalize('NFKC'),s,32,{N,r:8,p:1,maxmem:256*N*8}).toString('base64'))" 'new password'
 */
const ACCOUNTS: readonly Account[] = [
  {
    id: 'alice',
    username: 'alice',
    name: 'Alice',
    role: 'user',
    passwordHash: '$scrypt$ln=17,r=8,p=1$orZ6qbTYpeAJEe2295wgjA==$BQHNpHsKIVjRuDD1coXOHWl4EIclA53d3GdYELvY834=',
  },
  {
    id: 'admin',
    username: 'admin',
    name: 'Admin',
    role: 'admin',
    passwordHash: '$scrypt$ln=17,r=8,p=1$3lKbxa1Gv3wGV1mxnnJ0HA==$nm2iI+Ir0LKmS3si+AdyryAyqqTWlelhp+zqM2jSJnM=',
  },
];

/** The hash of a random password nobody knows, with the same parameters: unknown users are checked against it. */
const DECOY_HASH = '$scrypt$ln=17,r=8,p=1$7lxb8aXPtEne69lG8oCB+Q==$kYbMo+0jKoDUBQKMB5A/RjhJjYzaH5Ei3gZzEIJPyeA=';

/** Demo credentials shown on the login page (this is a teaching app; never do this in a real one). */
export const DEMO_ACCOUNTS = [
  { username: 'alice', password: 'wonderland', role: 'user' as Role },
  { username: 'admin', password: 'correct-horse', role: 'admin' as Role },
];

/** Usernames compare case-insensitively and ignore Unicode look-alike forms ("Ａlice" is "alice"). */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim().toLowerCase();
}

function toPublic({ id, name, role }: Account): PublicUser {
  return { id, name, role };
}

export function findUserById(id: unknown): PublicUser | null {
  const account = ACCOUNTS.find((candidate) => candidate.id === id);
  return account ? toPublic(account) : null;
}

/**
 * The user these credentials belong to (with the account's own role: login
 * applies a granted one, lib/auth/role-grants.ts), or null. An unknown username runs the
 * same scrypt derivation against a decoy hash, so response time does not tell
 * an attacker which usernames exist.
 */
export async function checkCredentials(username: string, password: string): Promise<PublicUser | null> {
  const account = ACCOUNTS.find((candidate) => candidate.username === normalizeUsername(username));
  const matches = await verifyPassword(password, account?.passwordHash ?? DECOY_HASH);
  return account && matches ? toPublic(account) : null;
}

/** The account's own stored hash, for re-authentication; the decoy for an unknown id, so the check takes as long. */
export function passwordHashOf(userId: string): string {
  return ACCOUNTS.find((candidate) => candidate.id === userId)?.passwordHash ?? DECOY_HASH;
}
