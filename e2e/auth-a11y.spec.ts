import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN, ALICE, signedInBrowser } from './support/auth';

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('accessibility of the auth pages (axe, WCAG 2.1 AA)', () => {
  test('login page: empty, with errors, and after login', async ({ page }) => {
    await page.goto('/login');
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('status')).toHaveText('Check the fields marked below.');
    await expectNoViolations(page);
    await page.getByLabel('Username').fill(ALICE.username);
    await page.getByLabel('Password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByTestId('fingerprint-after')).toBeVisible();
    await expectNoViolations(page);
  });

  test('my sessions, the admin list and the 403 page', async ({ browser }) => {
    const alice = await signedInBrowser(browser, ALICE);
    const admin = await signedInBrowser(browser, ADMIN, { viewport: { width: 390, height: 844 } });
    try {
      await alice.page.goto('/sessions');
      await expectNoViolations(alice.page);
      await alice.page.goto('/admin/sessions');
      await expect(alice.page.getByRole('heading', { name: 'Admins only' })).toBeVisible();
      await expectNoViolations(alice.page);
      await admin.page.goto('/admin/sessions');
      await expectNoViolations(admin.page);
    } finally {
      await alice.context.close();
      await admin.context.close();
    }
  });

  test('the login form works with the keyboard alone', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Username').focus();
    await page.keyboard.type(ALICE.username);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Password')).toBeFocused();
    await page.keyboard.type(ALICE.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  });
});
