import { z } from 'zod';
import { REQUEST_KINDS, RUN_PATTERN, type Arrival, type RequestKind } from './cross-site';

/**
 * What arrived in the cross-site lab, per run: which of the lab's cookies
 * each kind of request carried. Shared by every instance (SQLite on one
 * machine, Redis for several), so the other site's request may land on one
 * instance and the lab page be read through another.
 *
 * Bounded: at most `maxRuns` runs (the oldest dropped first), each for `ttlMs`,
 * one arrival per kind (the latest); only runs the lab opened are recorded, so
 * nothing a client sends grows it.
 */
export interface ArrivalStore {
  readonly kind: 'sqlite' | 'redis';
  /** Starts a run with an empty matrix (again, if it existed). */
  open(run: string, now: number): Promise<void>;
  /** Records an arrival; false (and nothing kept) for a run the lab never opened, or one too old. */
  record(run: string, kind: RequestKind, arrival: Arrival, now: number): Promise<boolean>;
  arrivals(run: string, now: number): Promise<Partial<Record<RequestKind, Arrival>>>;
  close(): Promise<void>;
}

export interface ArrivalLimits {
  maxRuns: number;
  ttlMs: number;
}

export const ARRIVAL_LIMITS: ArrivalLimits = { maxRuns: 1000, ttlMs: 2 * 3600_000 };

export const runSchema = z.string().regex(RUN_PATTERN);
export const kindSchema = z.enum(REQUEST_KINDS);

const MAX_COOKIES = 16;
const arrivalSchema = z
  .object({
    cookies: z.array(z.string().max(64)).max(MAX_COOKIES),
    method: z.string().max(16),
    fetchSite: z.string().max(32).nullable(),
    at: z.number().int().nonnegative(),
  })
  .strict();

/** An arrival as stored: checked on the way in (a bad one is refused) and on the way out (a bad one is skipped). */
export function encodeArrival(arrival: Arrival): string {
  return JSON.stringify(arrivalSchema.parse(arrival));
}

export function decodeArrival(text: unknown): Arrival | null {
  if (typeof text !== 'string') return null;
  try {
    const parsed = arrivalSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
