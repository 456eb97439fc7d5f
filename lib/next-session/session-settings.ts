import { z } from 'zod';

/**
 * The idle timeout a session may set for itself (HttpSession.setMaxInactiveInterval),
 * for PUT /api/session/max-inactive-interval and the lifetime lab's form.
 * Ten seconds is short enough to watch a session die in class; a day is the most we allow.
 */
export const maxInactiveIntervalSchema = z
  .object({
    seconds: z
      .number({ error: 'seconds must be a number' })
      .int('seconds must be a whole number')
      .min(10, 'seconds must be at least 10')
      .max(86_400, 'seconds must be at most 86400 (one day)'),
  })
  .strict();
