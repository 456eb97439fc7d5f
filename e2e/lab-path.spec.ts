import { expect, test } from '@playwright/test';
import { LABS } from '../lib/labs/labs';
import { labs } from '../lib/i18n/messages/labs';

const en = labs.en;

test.describe('the path through the labs', () => {
  test('from the index, each lab ends with a link to the next one, in the index order, and the keyboard follows it to the end', async ({
    page,
  }) => {
    await page.goto('/lab');
    await page
      .getByRole('list', { name: 'All labs' })
      .getByRole('link', { name: en[`${LABS[0].slug}Title`] })
      .click();
    for (const [index, { slug }] of LABS.entries()) {
      await expect(page).toHaveURL(new RegExp(`/lab/${slug}$`));
      const next = page.getByRole('navigation', { name: 'Next lesson' });
      await expect(next).toContainText(`Lab ${index + 1} of ${LABS.length}`);
      // The way back is there on every lab, at its end too.
      await expect(next.getByRole('link', { name: 'All labs', exact: true })).toHaveAttribute('href', '/lab');
      await expect(next.getByRole('link', { name: 'Back to Start here' })).toHaveAttribute('href', '/start');
      const following = LABS[index + 1];
      const target = following
        ? next.getByRole('link', { name: `Next lab: ${en[`${following.slug}Title`]}`, exact: true })
        : next.getByRole('link', { name: 'Go to the comparison tables', exact: true });
      if (following) await expect(next).toContainText(en[`${following.slug}Summary`]);
      else {
        // The last lab says so, and goes on to the tables that gather what the labs showed.
        await expect(next.getByRole('link', { name: /^Next lab/ })).toHaveCount(0);
        await expect(next).toContainText('That was the last lab.');
      }
      // In the tab order: from the line just above it, one Tab reaches it, and Enter follows it.
      await next.getByText(`Lab ${index + 1} of ${LABS.length}`).click();
      await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page).toHaveURL(/\/compare$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('every lab page carries it once, in Korean and Spanish too', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    for (const language of ['ko', 'es'] as const) {
      // The label keeps "Language" in every language.
      await page.getByLabel('Language').selectOption(language);
      await page.getByRole('button', { name: language === 'ko' ? 'Change' : '변경', exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      for (const [index, { slug }] of LABS.entries()) {
        await page.goto(`/lab/${slug}`);
        const next = page.getByRole('navigation', { name: labs[language].pathLabel });
        await expect(next).toHaveCount(1);
        const following = LABS[index + 1];
        await expect(next.getByRole('link').first()).toHaveText(
          following
            ? `${labs[language].pathNext.replace('{title}', labs[language][`${following.slug}Title`])} →`
            : `${labs[language].pathCompare} →`,
        );
      }
    }
  });
});
