/*
 * Where the Redis store files things: every key it reads or writes (what each
 * holds, and why `{s<b>}` is a hash tag, is told in redis-scripts.ts), and the
 * buckets that spread sessions over a cluster's slots.
 */

/**
 * Sessions are spread over this many buckets (hash tags); each bucket's
 * indexes live in one cluster slot. Every list, count and sweep reads all
 * buckets (in parallel), so more buckets spread a cluster's load more evenly
 * at the price of more, smaller reads.
 */
export const BUCKETS = 16;

/** The bucket of a session, from its fingerprint (itself the start of a SHA-256: evenly spread). */
export function bucketOf(fp: string): number {
  return parseInt(fp.slice(0, 2), 16) % BUCKETS;
}

/** Every bucket's number, for the reads that visit them all. */
export const ALL_BUCKETS: readonly number[] = Array.from({ length: BUCKETS }, (_, bucket) => bucket);

/** The `meta` entry: "<absoluteExpiresAt>:<userId>". */
export function parseMeta(meta: string): { absoluteExpiresAt: number; userId: string } {
  const colon = meta.indexOf(':');
  return { absoluteExpiresAt: Number(meta.slice(0, colon)), userId: meta.slice(colon + 1) };
}

/** The key names under one prefix (several apps, or tests, can share one Redis). */
export class RedisKeys {
  constructor(private readonly prefix: string) {}

  private tag(bucket: number) {
    return `{s${bucket}}`;
  }
  /** A record's key: filed under its fingerprint. */
  session(fp: string) {
    return `${this.prefix}session:${this.tag(bucketOf(fp))}:${fp}`;
  }
  expiries(bucket: number) {
    return `${this.prefix}expiries:${this.tag(bucket)}`;
  }
  meta(bucket: number) {
    return `${this.prefix}meta:${this.tag(bucket)}`;
  }
  user(userId: string) {
    return `${this.prefix}user:${userId}`;
  }
  /** The keys every session script takes: the record and its bucket's two indexes. */
  ofSession(fp: string) {
    const bucket = bucketOf(fp);
    return [this.session(fp), this.expiries(bucket), this.meta(bucket)];
  }
}
