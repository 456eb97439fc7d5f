import { describe, expect, it } from 'vitest';
import { hashPassword, parseHash, verifyPassword } from './password';

// Cheap parameters for the round-trip tests; the stored demo hashes use OWASP's (tested in accounts.test.ts).
const FAST = { ln: 10, r: 8, p: 1 };

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('wonderland', FAST);
    expect(stored).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword('wonderland', stored)).toBe(true);
    expect(await verifyPassword('wonderlanD', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords do not give equal hashes', async () => {
    expect(await hashPassword('same', FAST)).not.toBe(await hashPassword('same', FAST));
  });

  it('treats Unicode look-alike forms of a password as the same password', async () => {
    const stored = await hashPassword('ｐａｓｓ', FAST); // full-width letters
    expect(await verifyPassword('pass', stored)).toBe(true);
  });

  it('refuses stored strings that are malformed or ask for absurd parameters', async () => {
    for (const bad of ['', 'plain', '$scrypt$ln=30,r=8,p=1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==', '$bcrypt$whatever']) {
      expect(parseHash(bad)).toBeNull();
      await expect(verifyPassword('x', bad)).rejects.toThrow(/format/);
    }
  });
});
