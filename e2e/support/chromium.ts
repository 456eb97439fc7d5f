import { existsSync } from 'node:fs';

/**
 * The browser the tests drive: PLAYWRIGHT_CHROMIUM_EXECUTABLE, else the
 * system's /usr/bin/chromium (Debian: `apt-get install chromium`), else the
 * one `npx playwright install chromium` downloads.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  console.warn(
    'No system Chromium found (set PLAYWRIGHT_CHROMIUM_EXECUTABLE or install chromium); ' +
      "using Playwright's own. If it is missing, run: npx playwright install chromium",
  );
  return undefined;
}
