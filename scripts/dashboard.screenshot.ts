import { expect, test } from '@playwright/test';
import { ALICE, loginWithForm } from '../e2e/support/auth';

test('the dashboard, in use across two tabs', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
  // A second tab logs in and shops. The dashboard follows the server session
  // and the shared cookies live; its own sessionStorage stays empty (the lesson).
  const shop = await context.newPage();
  await loginWithForm(shop, ALICE);
  await shop.goto('/shop');
  await shop.getByRole('button', { name: 'Add Green tea to cart' }).click();
  await expect(shop.getByRole('status').filter({ hasText: 'Green tea' }).first()).toBeVisible();
  await shop.getByRole('button', { name: 'Add Croissant to cart' }).click();
  await expect(page.getByRole('log')).toContainText('cart', { timeout: 15_000 });
  await page.reload();
  await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
  await page.screenshot({ path: 'docs/dashboard.png', fullPage: true });
});
