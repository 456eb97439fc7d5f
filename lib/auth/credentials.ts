import { z } from 'zod';

/** The validation messages, in the visitor's language (see lib/i18n/messages/auth.ts). */
export interface CredentialMessages {
  usernameRequired: string;
  usernameTooLong: string;
  passwordRequired: string;
  passwordTooLong: string;
}

export const USERNAME_MAX = 64;
/** Long enough for any passphrase; the cap keeps a megabyte "password" away from scrypt. */
export const PASSWORD_MAX = 256;

/** A login's input, for the JSON API (strict: unknown fields are refused) and the form alike. */
export function credentialsSchema(words: CredentialMessages) {
  return z
    .object({
      username: z.string({ error: words.usernameRequired }).trim().min(1, words.usernameRequired).max(USERNAME_MAX, words.usernameTooLong),
      password: z.string({ error: words.passwordRequired }).min(1, words.passwordRequired).max(PASSWORD_MAX, words.passwordTooLong),
    })
    .strict();
}

export type Credentials = z.infer<ReturnType<typeof credentialsSchema>>;
