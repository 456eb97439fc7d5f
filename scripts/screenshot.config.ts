import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../playwright.config';

const root = resolve(__dirname, '..');

/** `npm run screenshot`: the README's picture of the dashboard, taken from the production build like the e2e suite. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.screenshot.ts',
  outputDir: resolve(root, 'test-results/screenshots'),
  workers: 1,
  webServer: { ...(base.webServer as Exclude<typeof base.webServer, unknown[] | undefined>), cwd: root },
});
