import { z } from 'zod';
import type { HttpSession } from '../session/http-session';

/** Ten seconds is short enough to watch a session die in class; a day is the most we allow. */
export const maxInactiveIntervalSchema = z
  .object({
    seconds: z
      .number({ error: 'seconds must be a number' })
      .int('seconds must be a whole number')
      .min(10, 'seconds must be at least 10')
      .max(86_400, 'seconds must be at most 86400 (one day)'),
  })
  .strict();

/** Changes this session's idle timeout (Servlet's setMaxInactiveInterval). */
export async function setIdleTimeout(session: HttpSession, seconds: number): Promise<void> {
  await session.setMaxInactiveInterval(seconds);
}
