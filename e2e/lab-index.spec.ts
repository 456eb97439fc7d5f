import { expect, test } from '@playwright/test';
import { LABS } from '../lib/labs/labs';

test.describe('the lab index', () => {
  test('lists every lab with one line; each is a link that works', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Labs' }).click();
    await expect(page).toHaveURL(/\/lab$/);
    const list = page.getByRole('list', { name: 'All labs' });
    await expect(list.getByRole('listitem')).toHaveCount(LABS.length);
    for (const { slug } of LABS) {
      const item = list.locator(`[data-lab="${slug}"]`);
      await expect(item.getByRole('paragraph')).not.toBeEmpty();
      const href = await item.getByRole('link').getAttribute('href');
      expect(href).toBe(`/lab/${slug}`);
      expect((await page.request.get(href!)).status()).toBe(200);
    }
  });

  test('each lab links back to the index', async ({ page }) => {
    for (const { slug } of LABS) {
      await page.goto(`/lab/${slug}`);
      await expect(page.getByTestId('lab-claim')).not.toBeEmpty();
      await expect(page.getByRole('link', { name: '← All labs' })).toHaveAttribute('href', '/lab');
    }
  });
});
