import { expect, test } from './support/fixtures';
import { ADMIN, loginWithForm } from './support/auth';

const NAV = ['Start here', 'Dashboard', 'Shop', 'Labs', 'Compare', 'On the wire'];

test.describe('the header on a phone: a Menu button, not a third of the screen', () => {
  test('at 390×844 the header is short; the keyboard opens the menu and reaches every link; following one closes it', async ({
    page,
    expectAccessible,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await loginWithForm(page, ADMIN); // the longest header: My sessions, Admin, Logged in as, Log out
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/lab/tabs');
    const header = page.locator('body > header');
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect((await header.boundingBox())!.height).toBeLessThan(120);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expectAccessible(page);

    // Keys only: skip link, the app's name, then the Menu button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Session Lab', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(menu).toBeFocused();
    // The focus ring is drawn (globals.css :focus-visible).
    expect(await menu.evaluate((button) => getComputedStyle(button).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    // What it opens follows the button in the tab order: every link, the language picker, the account corner.
    for (const name of NAV) {
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link', { name, exact: true })).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Language')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Change', exact: true })).toBeFocused();
    for (const name of ['My sessions', 'Admin']) {
      await page.keyboard.press('Tab');
      await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name })).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Log out' })).toBeFocused();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page);

    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(menu).toBeFocused();
    await expect(nav).toBeHidden();

    // Following a link closes it: the next page starts with the content, not the menu.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Labs', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/lab$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Labs');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
  });

  test('in Korean and Spanish too the phone header stays under 120 px, its button named in the page’s language', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await loginWithForm(page, ADMIN); // opens the menu on a phone
    for (const [language, change, label] of [
      ['ko', 'Change', '메뉴'],
      ['es', '변경', 'Menú'],
    ] as const) {
      await page.getByLabel('Language').selectOption(language);
      await page.getByRole('button', { name: change, exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.goto('/lab/stateless');
      const menu = page.getByRole('button', { name: label, exact: true });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      expect((await page.locator('body > header').boundingBox())!.height).toBeLessThan(120);
      await menu.click();
    }
  });

  test('at 1024×768 and 1280×800 there is no Menu button: the links, the language picker and the account sit in the header as before', async ({
    page,
  }) => {
    await loginWithForm(page, ADMIN);
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 1280, height: 800 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto('/');
      await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of NAV) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
      await expect(page.getByLabel('Language')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
      // The links share the first row with the app's name, on the right.
      const title = (await page.getByRole('link', { name: 'Session Lab', exact: true }).boundingBox())!;
      const links = (await nav.boundingBox())!;
      expect(links.y).toBeLessThan(title.y + title.height);
      expect(links.x).toBeGreaterThan(title.x + title.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    }
  });
});
