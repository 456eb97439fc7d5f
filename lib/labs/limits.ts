/*
 * The labs' input limits, in a module without zod: the forms that show them
 * run in the browser, and importing them from the schema modules shipped zod
 * to the page (about 39 KB, caught by the page-weight benchmark).
 */

/** The tabs lab's note, in characters. */
export const LAB_NOTE_MAX_LENGTH = 40;

/** The capacity lab's server-side payload, in kilobytes. */
export const LAB_PAYLOAD_MAX_KB = 64;
