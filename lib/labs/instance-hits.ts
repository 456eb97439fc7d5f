import { z } from 'zod';
import type { HttpSession } from '../session/http-session';
import { attribute } from '../next-session/attributes';

/** The session attribute that counts, per instance, the writes each instance made to this session. */
export const INSTANCE_HITS_ATTRIBUTE = attribute('instanceHits');

const hitsSchema = z.record(z.string(), z.number().int().nonnegative());
export type InstanceHits = z.infer<typeof hitsSchema>;

/** The counts as stored; anything malformed counts as none. */
export function instanceHitsOf(value: unknown): InstanceHits {
  const parsed = hitsSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

/**
 * Adds one hit for `instance` in one atomic read-modify-write: requests racing
 * on several instances each add theirs, and the total is exactly the number of
 * requests.
 */
export async function countInstanceHit(session: HttpSession, instance: string): Promise<InstanceHits> {
  return session.updateAttribute<InstanceHits>(INSTANCE_HITS_ATTRIBUTE, (current) => {
    const hits = instanceHitsOf(current);
    return { ...hits, [instance]: (hits[instance] ?? 0) + 1 };
  });
}
