import { sealData, unsealData } from 'iron-session';
import { describe, expect, it } from 'vitest';
import { sealExpiresAt } from './seal-expiry';
import { statelessPassword } from './password';

const SECRET = 'the-session-secret-the-session-secret-123';
const OLD = 'the-previous-secret-the-previous-secret-9';

describe('the stateless demo cookie key', () => {
  it('is derived from the session secret, is long enough for iron-session, and is not the secret', () => {
    const password = statelessPassword(SECRET);
    expect(password).toBe(statelessPassword(SECRET));
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect(password).not.toContain(SECRET);
    expect(statelessPassword(OLD)).not.toBe(password);
  });

  it('a seal made with the session secret itself does not open with the derived key', async () => {
    const sealed = await sealData({ user: 'alice' }, { password: SECRET, ttl: 60 });
    expect(await unsealData(sealed, { password: statelessPassword(SECRET), ttl: 60 })).toEqual({});
  });

  it('after a secret rotation, an old demo cookie reads as empty rather than failing', async () => {
    const old = await sealData({ n: 1 }, { password: statelessPassword(OLD), ttl: 60 });
    expect(await unsealData(old, { password: statelessPassword(SECRET), ttl: 60 })).toEqual({});
  });

  it('reads the expiry written into a seal', async () => {
    const before = Date.now();
    const sealed = await sealData({ n: 1 }, { password: statelessPassword(SECRET), ttl: 3600 });
    const expires = sealExpiresAt(sealed)!;
    expect(expires).toBeGreaterThanOrEqual(before + 3600_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 3600_000);
    expect(sealExpiresAt('garbage')).toBeNull();
    expect(sealExpiresAt(undefined)).toBeNull();
  });
});
