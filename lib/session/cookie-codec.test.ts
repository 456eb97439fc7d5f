import { describe, expect, it, vi } from 'vitest';
import { SessionCookieCodec } from './cookie-codec';

const current = 'current-secret-current-secret-current-secret';
const previous = 'previous-secret-previous-secret-previous-secret';
const codec = new SessionCookieCodec({ current }, 3600);

describe('SessionCookieCodec', () => {
  it('seals only the ID, and opens it again', async () => {
    const sealed = await codec.seal('the-id');
    expect(sealed).not.toContain('the-id');
    expect(sealed.length).toBeLessThan(400);
    expect(await codec.open(sealed)).toEqual({ id: 'the-id', needsReseal: false });
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['garbage', 'not-a-seal'],
    ['iron-shaped garbage', 'Fe26.2*1*a*b*c*d*e*f~2'],
    ['percent junk', '%%%\u0000\u00ff'],
    ['oversized', 'x'.repeat(5000)],
  ])('a %s cookie opens nothing', async (_label, value) => {
    expect(await codec.open(value)).toBeNull();
  });

  it('a tampered or truncated cookie opens nothing', async () => {
    const sealed = await codec.seal('the-id');
    const flipped = sealed.slice(0, 60) + (sealed[60] === 'a' ? 'b' : 'a') + sealed.slice(61);
    expect(await codec.open(flipped)).toBeNull();
    expect(await codec.open(sealed.slice(0, sealed.length - 10))).toBeNull();
  });

  it('a cookie sealed with another secret opens nothing', async () => {
    const stranger = new SessionCookieCodec({ current: 'x'.repeat(40) }, 3600);
    expect(await codec.open(await stranger.seal('the-id'))).toBeNull();
  });

  it('after rotation, a cookie sealed with the previous secret still opens and asks to be re-sealed', async () => {
    const before = new SessionCookieCodec({ current: previous }, 3600);
    const after = new SessionCookieCodec({ current, previous }, 3600);
    const old = await before.seal('the-id');
    expect(await after.open(old)).toEqual({ id: 'the-id', needsReseal: true });
    const resealed = await after.seal('the-id');
    expect(await after.open(resealed)).toEqual({ id: 'the-id', needsReseal: false });
    // Rotating once more drops the oldest secret.
    const later = new SessionCookieCodec({ current: 'z'.repeat(40), previous: current }, 3600);
    expect(await later.open(old)).toBeNull();
    expect(await later.open(resealed)).toEqual({ id: 'the-id', needsReseal: true });
  });

  it("remembers a cookie it opened, but never past the seal's own expiry", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const shortLived = new SessionCookieCodec({ current }, 60);
      const sealed = await shortLived.seal('the-id');
      expect(await shortLived.open(sealed)).toEqual({ id: 'the-id', needsReseal: false });
      vi.setSystemTime(Date.now() + 1000);
      expect(await shortLived.open(sealed)).toEqual({ id: 'the-id', needsReseal: false });
      // Past the expiry (plus iron's 60 s allowance for clock skew) the remembered answer is not used.
      vi.setSystemTime(Date.now() + 200_000);
      expect(await shortLived.open(sealed)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a forged variant of a remembered cookie still opens nothing', async () => {
    const sealed = await codec.seal('the-id');
    expect(await codec.open(sealed)).not.toBeNull();
    const flipped = sealed.slice(0, 60) + (sealed[60] === 'a' ? 'b' : 'a') + sealed.slice(61);
    expect(await codec.open(flipped)).toBeNull();
    expect(await codec.open(flipped)).toBeNull();
  });

  it('openRemembered answers only for cookies it opened, without waiting', async () => {
    const sealed = await codec.seal('remembered-id');
    expect(codec.openRemembered(sealed)).toBeUndefined();
    expect(codec.openRemembered(undefined)).toBeUndefined();
    await codec.open(sealed);
    expect(codec.openRemembered(sealed)).toEqual({ id: 'remembered-id', needsReseal: false });
    expect(await codec.open('not-a-seal')).toBeNull();
    expect(codec.openRemembered('not-a-seal')).toBeUndefined();
  });
});
