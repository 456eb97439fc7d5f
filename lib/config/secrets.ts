import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SessionSecrets } from '../session/cookie-codec';
import { ConfigError, type AppConfig } from './config';

const SECRET_FILE = 'session-secret';

/**
 * The secret that seals session cookies. Production must be given one: a
 * generated secret would differ per instance and vanish on redeploy, signing
 * everyone out. Development makes one once, so `npm run dev` needs no setup.
 */
export function loadSessionSecrets(config: AppConfig, log: (message: string) => void = console.info): SessionSecrets {
  if (config.secret) return { current: config.secret, previous: config.previousSecret };
  if (config.production) {
    throw new ConfigError(
      'SESSION_SECRET is not set. In production Session Lab will not start without it. ' +
        'Set SESSION_SECRET to a random string of 32 or more characters, e.g. the output of `openssl rand -base64 48`.',
    );
  }
  const path = join(config.dataDir, SECRET_FILE);
  try {
    return { current: readSecretFile(path), previous: config.previousSecret };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    mkdirSync(config.dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    try {
      // 'wx' fails if another process won the race; then use its secret.
      writeFileSync(path, secret, { mode: 0o600, flag: 'wx' });
      log(`Session Lab: no SESSION_SECRET set, so a development secret was generated into ${path}.`);
      return { current: secret, previous: config.previousSecret };
    } catch {
      return { current: readSecretFile(path), previous: config.previousSecret };
    }
  }
}

/** The generated secret, if it is still fit to seal cookies: long enough, and readable by this user only. */
function readSecretFile(path: string): string {
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length < 32) {
    throw new ConfigError(
      `The development secret in ${path} is ${secret.length} characters; it must be at least 32. ` +
        `Delete the file to have a new one generated (everyone is signed out), or set SESSION_SECRET.`,
    );
  }
  // Anyone who can read the secret can forge session cookies.
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    throw new ConfigError(
      `The development secret in ${path} is readable by other users. Run \`chmod 600 ${path}\`, or delete it to have a new one generated.`,
    );
  }
  return secret;
}
