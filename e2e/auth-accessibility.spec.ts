import { expect, test } from './support/fixtures';
import { ADMIN, ALICE } from './support/auth';

test.describe('accessibility of the auth pages (axe)', () => {
  test('login page: empty, with errors, and after login', async ({ page, expectAccessible }) => {
    await page.goto('/login');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('status')).toHaveText('Check the fields marked below.');
    await expectAccessible(page);
    await page.getByLabel('Username').fill(ALICE.username);
    await page.getByLabel('Password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByTestId('fingerprint-after')).toBeVisible();
    await expectAccessible(page);
  });

  test('my sessions, the admin list and the 403 page', async ({ signedIn, expectAccessible }) => {
    const alice = await signedIn(ALICE);
    const admin = await signedIn(ADMIN, { viewport: { width: 390, height: 844 } });
    await alice.page.goto('/sessions');
    await expectAccessible(alice.page);
    await alice.page.goto('/admin/sessions');
    await expect(alice.page.getByRole('heading', { name: 'Admins only' })).toBeVisible();
    await expectAccessible(alice.page);
    await admin.page.goto('/admin/sessions');
    await expectAccessible(admin.page);
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
