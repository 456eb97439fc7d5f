import { z } from 'zod';
import { LAB_NOTE_MAX_LENGTH } from './limits';
import type { HttpSession } from '../session/http-session';
import { attribute } from '../next-session/attributes';

export { LAB_NOTE_MAX_LENGTH };

/**
 * The tabs lab writes one short note into all three stores at once, so a
 * visitor can see which tabs then share it. Its server copy is this attribute.
 */
export const LAB_NOTE_ATTRIBUTE = attribute('labNote');

export const labNoteSchema = z
  .object({
    note: z
      .string({ error: 'note must be text' })
      .trim()
      .min(1, 'note must not be empty')
      .max(LAB_NOTE_MAX_LENGTH, `note must be at most ${LAB_NOTE_MAX_LENGTH} characters`),
  })
  .strict();

export async function setLabNote(session: HttpSession, note: string): Promise<void> {
  await session.setAttribute(LAB_NOTE_ATTRIBUTE, note);
}

export function labNoteOf(session: { getAttribute(name: string): unknown }): string | null {
  const note = session.getAttribute(LAB_NOTE_ATTRIBUTE);
  return typeof note === 'string' ? note : null;
}
