import { expect, test } from '@playwright/test';
import { LABS } from '../lib/labs/labs';

test.describe('the lab index', () => {
  test('lists every lab with one line; only labs that exist are links, and each link works', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Labs' }).click();
    await expect(page).toHaveURL(/\/lab$/);
    const list = page.getByRole('list', { name: 'All labs' });
    await expect(list.getByRole('listitem')).toHaveCount(LABS.length);
    for (const { slug, available } of LABS) {
      const item = list.locator(`[data-lab="${slug}"]`);
      await expect(item.getByRole('paragraph')).not.toBeEmpty();
      if (available) {
        const href = await item.getByRole('link').getAttribute('href');
        expect(href).toBe(`/lab/${slug}`);
        expect((await page.request.get(href!)).status()).toBe(200);
      } else {
        await expect(item.getByRole('link')).toHaveCount(0);
        await expect(item).toContainText('coming soon');
      }
    }
  });

  test('each lab links back to the index', async ({ page }) => {
    for (const { slug } of LABS.filter((lab) => lab.available)) {
      await page.goto(`/lab/${slug}`);
      await expect(page.getByTestId('lab-claim')).not.toBeEmpty();
      await expect(page.getByRole('link', { name: '← All labs' })).toHaveAttribute('href', '/lab');
    }
  });
});
