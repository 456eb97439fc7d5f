import { expect, test } from '@playwright/test';

test('the dashboard, in use across two tabs', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
  // A second tab changes the server session; the dashboard follows live.
  const lab = await context.newPage();
  await lab.goto('/lab/tabs');
  await lab.getByRole('textbox', { name: 'Note' }).fill('blue');
  await lab.getByRole('button', { name: 'Save the note in all three' }).click();
  await expect(page.getByRole('log')).toContainText('Attribute labNote added');
  await page.screenshot({ path: 'docs/dashboard.png', fullPage: true });
});
