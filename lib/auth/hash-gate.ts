import type { LimitStore } from '../limits/limit-store';

const MARK = Symbol.for('session-lab.HashBusyError');

/** Every slot stayed taken for as long as a login may wait: answer 503 with Retry-After. */
export class HashBusyError extends Error {
  readonly [MARK] = true;

  constructor(readonly retryAfterSeconds: number) {
    super('The server is busy checking other passwords.');
    this.name = 'HashBusyError';
  }

  // The gate is made once per process, by whichever Next.js bundle came first, and
  // throws that bundle's copy of this class (see StoreUnavailableError): check the mark.
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && MARK in value;
  }
}

export interface HashGateOptions {
  /** Hashes at once, across every process sharing the store. */
  max: number;
  /** How long a login waits for a slot before it gets 503. */
  waitMs?: number;
  /** How often a waiting login asks again. */
  pollMs?: number;
  /** A slot frees itself after this long, should its process die holding it. */
  leaseMs?: number;
  now?: () => number;
}

const POOL = 'password-hash';
/**
 * One more slot, only for a browser with a device cookie for the username it
 * tries: however many strangers queue for the shared slots, a returning owner
 * does not wait behind them. Each device cookie may fail only 5 times in 15
 * minutes, so this lane cannot be flooded either.
 */
const TRUSTED_POOL = 'password-hash-trusted';
const TRUSTED_SLOTS = 1;

/**
 * Bounds the password hashing. One scrypt hash takes 128 MiB and a few
 * hundred ms of CPU; unbounded, 40 parallel wrong logins took the server from
 * 152 to 669 MB and a real login from 0.9 to 13.8 s. With a few slots the
 * memory stays put, and the rest wait briefly, then get 503 with Retry-After.
 * The slots live in the LimitStore, so the bound holds across instances.
 */
export class HashGate {
  /** Hashes this process runs now, and the most it ever ran at once (for tests and the bench). */
  running = 0;
  peak = 0;

  constructor(
    private readonly store: LimitStore,
    private readonly options: HashGateOptions,
  ) {}

  async run<T>(work: () => Promise<T>, { trusted = false }: { trusted?: boolean } = {}): Promise<T> {
    const { waitMs = 10_000, pollMs = 25, leaseMs = 30_000, now = Date.now } = this.options;
    const [pool, max] = trusted ? [TRUSTED_POOL, TRUSTED_SLOTS] : [POOL, this.options.max];
    const giveUpAt = now() + waitMs;
    let slot = await this.store.acquire(pool, max, leaseMs, now());
    while (!slot) {
      if (now() >= giveUpAt) throw new HashBusyError(Math.max(1, Math.ceil(waitMs / 1000)));
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      slot = await this.store.acquire(pool, max, leaseMs, now());
    }
    this.running++;
    this.peak = Math.max(this.peak, this.running);
    try {
      return await work();
    } finally {
      this.running--;
      await this.store.release(pool, slot);
    }
  }
}
