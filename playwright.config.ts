import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './e2e/support/chromium';
import { MAIN_PORT, serverEnv } from './e2e/support/server';

const baseURL = `http://127.0.0.1:${MAIN_PORT}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  // A test may hash a password a dozen times (the login limit's takes 21): beside npm run bench
  // the slowest took 45 s, and with more load beside it several passed 60 s.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      // No network here but loopback: keep Chromium from phoning home.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  // The production build, as users get it: `npm test` builds before this runs.
  webServer: {
    command: `rm -rf .e2e/main && node node_modules/next/dist/bin/next start -p ${MAIN_PORT} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    env: { NODE_ENV: 'production', ...serverEnv('.e2e/main') },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
