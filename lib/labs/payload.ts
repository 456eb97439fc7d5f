import { z } from 'zod';
import { LAB_PAYLOAD_MAX_KB } from './limits';
import type { HttpSession } from '../session/http-session';
import { attribute } from '../next-session/attributes';

export { LAB_PAYLOAD_MAX_KB };

/**
 * The capacity lab stores a large attribute to show that a server session is
 * not bound by a cookie's 4 KB. The server makes the filler itself, so the
 * request stays tiny; 64 KB is a sane cap for a demo anyone can press.
 */
export const LAB_PAYLOAD_ATTRIBUTE = attribute('labPayload');

export const labPayloadSchema = z
  .object({
    kilobytes: z.coerce
      .number({ error: 'kilobytes must be a number' })
      .int('kilobytes must be a whole number')
      .min(1, 'kilobytes must be at least 1')
      .max(LAB_PAYLOAD_MAX_KB, `kilobytes must be at most ${LAB_PAYLOAD_MAX_KB}`),
  })
  .strict();

/** A string whose stored JSON (with its two quotes) is exactly `kilobytes` KiB. */
export function labPayload(kilobytes: number): string {
  return 'x'.repeat(kilobytes * 1024 - 2);
}

export async function storeLabPayload(session: HttpSession, kilobytes: number): Promise<void> {
  await session.setAttribute(LAB_PAYLOAD_ATTRIBUTE, labPayload(kilobytes));
}

export async function removeLabPayload(session: HttpSession): Promise<void> {
  await session.removeAttribute(LAB_PAYLOAD_ATTRIBUTE);
}
