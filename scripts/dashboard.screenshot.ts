import { expect, test } from '@playwright/test';
import { ALICE, loginWithForm } from '../e2e/support/auth';

/** Run by hand (`npm run screenshot`), never by `npm test`: the README's picture, kept under 300 KB. */
test('the dashboard with the wire view, after log-in, in use across two tabs', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await loginWithForm(page, ALICE);
  await page.goto('/');
  await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
  // A second tab shops. The dashboard follows the server session and the
  // shared cookies live; its own sessionStorage keeps its copy (the lesson).
  const shop = await context.newPage();
  await shop.goto('/shop');
  await shop.getByRole('button', { name: 'Add Green tea to cart' }).click();
  await expect(shop.getByTestId('cart-status')).toContainText('Added Green tea');
  await shop.getByRole('button', { name: 'Add Croissant to cart' }).click();
  await expect(shop.getByTestId('cart-status')).toContainText('Added Croissant');
  await expect(page.getByTestId('server-data')).toContainText('Croissant');
  // The panels and the wire view; the inspector and the timeline below stay out of the picture.
  const wire = (await page.getByRole('region', { name: 'On the wire' }).boundingBox())!;
  await page.screenshot({
    path: 'docs/dashboard.png',
    fullPage: true,
    clip: { x: 0, y: 0, width: 1280, height: Math.ceil(wire.y + wire.height + 16) },
  });
});
