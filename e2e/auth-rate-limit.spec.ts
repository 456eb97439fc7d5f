import { expect, test } from '@playwright/test';

test('the login form reports the rate limit and counts down to the next try', async ({ browser }) => {
  // Its own username and client address (as a reverse proxy would report it): no other test shares this budget.
  const context = await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.90' } });
  const page = await context.newPage();
  try {
    await page.goto('/login');
    const attempt = async (password: string) => {
      await page.getByLabel('Username').fill('ui-probe-user');
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Log in' }).click();
    };
    const started = Date.now();
    for (let i = 1; i <= 5; i++) {
      await attempt(`guess-${i}`);
      await expect(page.getByRole('status')).toHaveText('Wrong username or password.');
      await expect(page.getByRole('button', { name: 'Log in' })).toBeEnabled();
    }
    await attempt('guess-6');
    const status = page.getByRole('status');
    await expect(status).toContainText('Too many failed logins for this account or from your network. Try again in 15 min.');
    await expect(status).toContainText('You can try again in');
    const timer = status.getByRole('timer');
    await expect(timer).toHaveText(/^1\d:\d\d$/);
    // The 15-minute lock less the time it took to get here, however slow the machine: not a speed bound.
    const remaining = Number(await timer.getAttribute('data-remaining-ms'));
    expect(remaining).toBeGreaterThanOrEqual(15 * 60_000 - (Date.now() - started) - 2_000);
    expect(remaining).toBeLessThanOrEqual(15 * 60_000);
    await expect(timer).not.toHaveAttribute('data-remaining-ms', String(remaining)); // it counts down
  } finally {
    await context.close();
  }
});
