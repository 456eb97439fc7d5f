import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    return { current: readFileSync(path, 'utf8').trim(), previous: config.previousSecret };
  } catch {
    mkdirSync(config.dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    try {
      // 'wx' fails if another process won the race; then use its secret.
      writeFileSync(path, secret, { mode: 0o600, flag: 'wx' });
      log(`Session Lab: no SESSION_SECRET set, so a development secret was generated into ${path}.`);
      return { current: secret, previous: config.previousSecret };
    } catch {
      return { current: readFileSync(path, 'utf8').trim(), previous: config.previousSecret };
    }
  }
}
