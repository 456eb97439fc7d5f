import { describe, expect, it } from 'vitest';
import type { LimitStore } from '../../lib/limits/limit-store';

/**
 * What every LimitStore must do. `pair()` gives two stores on the same
 * backing data (two app instances on one Redis, or two processes on one
 * SQLite file), fresh for each test.
 */
export function describeLimitStore(name: string, pair: () => Promise<[LimitStore, LimitStore]>) {
  const rule = (key: string, limit = 3, windowMs = 60_000) => ({ key, limit, windowMs });

  describe(`LimitStore contract: ${name}`, () => {
    it('allows `limit` hits per window, then says how long to wait; a refusal is not counted', async () => {
      const [store] = await pair();
      const t = 1_000_000;
      expect((await store.take([rule('k')], t)).allowed).toBe(true);
      expect((await store.take([rule('k')], t + 10_000)).allowed).toBe(true);
      expect((await store.take([rule('k')], t + 10_000)).allowed).toBe(true);
      expect(await store.take([rule('k')], t + 10_000)).toEqual({ allowed: false, retryAfterMs: 50_000 });
      expect(await store.wait([rule('k')], t + 20_000)).toBe(40_000);
      // The window slides: at t + 60 s the first hit has left it, and only that one.
      expect((await store.take([rule('k')], t + 60_000)).allowed).toBe(true);
      expect((await store.take([rule('k')], t + 60_000)).allowed).toBe(false);
      expect(await store.wait([rule('other')], t)).toBe(0);
    });

    it('several rules: all counted or none', async () => {
      const [store] = await pair();
      const t = 2_000_000;
      for (let i = 0; i < 2; i++) expect((await store.take([rule('full', 2)], t)).allowed).toBe(true);
      expect((await store.take([rule('free'), rule('full', 2)], t)).allowed).toBe(false);
      // 'free' was not counted by the refused take: it still has all 3.
      for (let i = 0; i < 3; i++) expect((await store.take([rule('free')], t)).allowed).toBe(true);
      expect((await store.take([rule('free')], t)).allowed).toBe(false);
    });

    it('two instances share one count: 5 hits spread over both, the 6th is refused on either', async () => {
      const [a, b] = await pair();
      const t = 3_000_000;
      for (let i = 0; i < 5; i++) expect((await (i % 2 ? b : a).take([rule('alice', 5)], t + i)).allowed).toBe(true);
      expect((await a.take([rule('alice', 5)], t + 10)).allowed).toBe(false);
      expect((await b.take([rule('alice', 5)], t + 10)).allowed).toBe(false);
    });

    it('50 parallel takes over two instances: exactly `limit` get through', async () => {
      const [a, b] = await pair();
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? b : a).take([rule('burst', 7)], 4_000_000)));
      expect(results.filter((result) => result.allowed)).toHaveLength(7);
    });

    it('refund gives back one hit; reset forgets all', async () => {
      const [store] = await pair();
      const t = 5_000_000;
      const first = await store.take([rule('r', 2)], t);
      await store.take([rule('r', 2)], t);
      expect((await store.take([rule('r', 2)], t)).allowed).toBe(false);
      if (!first.allowed) throw new Error('expected a hit');
      await store.refund('r', first.token);
      expect((await store.take([rule('r', 2)], t)).allowed).toBe(true);
      await store.reset('r');
      expect(await store.wait([rule('r', 2)], t)).toBe(0);
    });

    it('a lock survives 10,000 other keys: nothing is evicted while it lives', async () => {
      const [store] = await pair();
      const t = 6_000_000;
      for (let i = 0; i < 5; i++) await store.take([rule('alice', 5, 900_000)], t);
      for (let start = 0; start < 10_001; start += 500) {
        await Promise.all(Array.from({ length: 500 }, (_, i) => store.take([rule(`other-${start + i}`, 5, 900_000)], t + 1)));
      }
      expect((await store.take([rule('alice', 5, 900_000)], t + 2)).allowed).toBe(false);
    });

    it('slots: at most `max` held at once across instances; release and lease expiry free them', async () => {
      const [a, b] = await pair();
      const t = 7_000_000;
      const held = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? b : a).acquire('hash', 3, 10_000, t)));
      const tokens = held.filter((token): token is string => token !== null);
      expect(tokens).toHaveLength(3);
      await b.release('hash', tokens[0]!);
      expect(await a.acquire('hash', 3, 10_000, t)).not.toBeNull();
      expect(await a.acquire('hash', 3, 10_000, t)).toBeNull();
      // A holder that died never releases; its lease runs out.
      expect(await b.acquire('hash', 3, 10_000, t + 10_001)).not.toBeNull();
    });
  });
}
