import { sealData, unsealData } from 'iron-session';
import { SessionCookieCodec } from '../lib/session/cookie-codec';
import { newSessionId } from '../lib/session/session-id';
import { statelessPassword } from '../lib/stateless/password';
import type { Section } from './support/report';
import { median } from './support/stats';

/**
 * What a seal and an unseal cost, per operation: our cookie's (an ID) and a
 * stateless cookie's (the whole session) at about 1 KB and 3 KB. iron-session
 * publishes no figure; these are ours, on this machine.
 */
const OPERATIONS = Number(process.env.BENCH_SEAL_OPERATIONS ?? 2000);
const ROUNDS = 5;
const SECRET = 'bench-secret-bench-secret-bench-secret-0123';
const TTL = 3600;

interface Case {
  label: string;
  seal: () => Promise<string>;
  /** Opens a seal as a request would; must not be able to answer from memory. */
  unseal: (sealed: string) => Promise<unknown>;
}

/** A stateless session of about `bytes` once sealed: the app's user, cart and language, plus filler. */
async function statelessPayload(bytes: number, password: string) {
  const base = {
    user: { id: 'alice', name: 'Alice', role: 'user' },
    signedInAt: Date.now(),
    cart: [
      { productId: 'green-tea', quantity: 2 },
      { productId: 'pencil', quantity: 1 },
    ],
    language: 'ko',
  };
  let note = '';
  // Sealing grows data by about 4/3 (encryption, then base64url) plus a fixed header: fill until it is big enough.
  while ((await sealData({ ...base, note }, { password, ttl: TTL })).length < bytes) note += 'x'.repeat(16);
  return { ...base, note };
}

async function timePerOperation(operation: (i: number) => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < OPERATIONS; i++) await operation(i);
  return Number(process.hrtime.bigint() - started) / 1000 / OPERATIONS;
}

export async function sealCost(): Promise<Section> {
  const codec = new SessionCookieCodec({ current: SECRET }, TTL);
  const password = statelessPassword(SECRET);
  const cases: Case[] = [
    {
      label: 'our cookie: the session ID (SessionCookieCodec)',
      seal: () => codec.seal(newSessionId()),
      // A codec of its own per open, so its memory of opened cookies never answers (a server opens each cookie once).
      unseal: (sealed) => new SessionCookieCodec({ current: SECRET }, TTL).open(sealed),
    },
  ];
  for (const kb of [1, 3]) {
    const data = await statelessPayload(kb * 1024, password);
    cases.push({
      label: `stateless cookie, ${kb} KB (iron-session sealData / unsealData)`,
      seal: () => sealData(data, { password, ttl: TTL }),
      unseal: (sealed) => unsealData(sealed, { password, ttl: TTL }),
    });
  }
  const rows: string[][] = [];
  for (const c of cases) {
    const seals: number[] = [];
    const unseals: number[] = [];
    const sample = await c.seal();
    // Warm-up (JIT, WebCrypto key import paths).
    for (let i = 0; i < 200; i++) await c.unseal(await c.seal());
    for (let round = 0; round < ROUNDS; round++) {
      const sealed: string[] = [];
      seals.push(await timePerOperation(async () => sealed.push(await c.seal())));
      unseals.push(await timePerOperation(async (i) => c.unseal(sealed[i]!)));
    }
    rows.push([c.label, `${sample.length} B`, `${median(seals).toFixed(1)} µs`, `${median(unseals).toFixed(1)} µs`]);
  }
  return {
    title: 'Seal and unseal cost',
    method:
      `In the bench process (Node ${process.version}), ${OPERATIONS} operations one after another per round, ${ROUNDS} rounds, ` +
      'median of the per-operation means. Iron seals (AES-256-CBC + HMAC-SHA-256, two key derivations each way) through ' +
      "iron-session's own sealData / unsealData; ours seals only the ID, and a fresh codec opens each seal so nothing is remembered.",
    tables: [[['cookie', 'sealed size', 'seal, per operation', 'unseal, per operation'], ...rows]],
    verdicts: [],
    notes: [
      'Our server opens a given cookie once: SessionCookieCodec remembers the ID of a cookie whose HMAC it checked, so the ' +
        'unseal above is paid on the first request of a session, not on every one. A stateless cookie is opened on every request.',
    ],
  };
}
