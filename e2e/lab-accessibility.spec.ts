import { expect, test } from './support/fixtures';
import type { Page } from '@playwright/test';
import { ADMIN, ALICE, loginWithForm } from './support/auth';

/** Opens every "same thing in other stacks" box on the page. */
async function openStackEquivalents(page: Page) {
  const boxes = page.getByTestId('stack-equivalents');
  const count = await boxes.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await boxes.nth(i).getByText('The same thing in other stacks').click();
    await expect(boxes.nth(i)).toHaveAttribute('open', '');
  }
}

test.describe('accessibility of the labs, /compare, and the stack equivalents (axe)', () => {
  test('security lab, after every experiment ran, with the stack equivalents open', async ({ page, expectAccessible }) => {
    await loginWithForm(page, ALICE);
    await page.goto('/lab/security');
    await page.getByRole('button', { name: 'Run the script' }).click();
    await expect(page.getByTestId('script-reading')).toContainText('Cookies in document.cookie');
    await page.getByRole('button', { name: 'Write role=admin into lab_user and ask for the admin list' }).click();
    await expect(page.getByTestId('forge-result')).toContainText('403');
    await page.getByRole('button', { name: 'Send the server a copy with one character changed' }).click();
    await expect(page.getByTestId('tamper-answered')).toBeVisible();
    await page.getByRole('button', { name: 'Send a write without the token' }).click();
    await page.getByRole('button', { name: 'Send it with the token' }).click();
    await expect(page.getByTestId('csrf-with')).toBeVisible();
    await openStackEquivalents(page);
    await expectAccessible(page);
  });

  test('stateless lab, signed in to both, after the size and race experiments, on a phone', async ({ browser, expectAccessible }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await loginWithForm(page, ALICE);
    await page.goto('/lab/stateless');
    await page.getByRole('button', { name: 'Log in to the stateless demo as Alice' }).click();
    await expect(page.getByTestId('row-signed-in-stateless')).toHaveText('Alice');
    await page.getByRole('button', { name: 'Store the note in both' }).click();
    await expect(page.getByTestId('size-cookie')).toBeVisible();
    await page.getByRole('button', { name: 'Add one pencil per request, all at once, to each cart' }).click();
    await expect(page.getByTestId('race-server')).toBeVisible();
    await openStackEquivalents(page);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Log out of both and replay the copies' }).click();
    await expect(page.getByTestId('replay-stateless')).toBeVisible();
    await expectAccessible(page);
    await context.close();
  });

  test('fixation lab, after planting an ID', async ({ page, expectAccessible }) => {
    await page.goto('/lab/fixation');
    await page.getByRole('button', { name: 'Plant a sealed ID we never issued' }).click();
    await expect(page.getByTestId('plant-answered')).toBeVisible();
    await openStackEquivalents(page);
    await expectAccessible(page);
  });

  test('cross-site lab and the other site, after requests arrived, on a desktop and on a phone', async ({
    page,
    context,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    await loginWithForm(page, ALICE);
    await page.goto('/lab/cross-site');
    await page.getByRole('button', { name: 'Set the demo cookies' }).click();
    const other = await context.newPage();
    await other.goto((await page.getByTestId('open-other-site').getAttribute('href'))!);
    await other.getByRole('button', { name: 'Show the app in a frame' }).click();
    await expect(other.getByRole('status')).toHaveText('Sent: <iframe>.');
    await page.bringToFront();
    await expect(page.getByTestId('cell-iframe-inner-xs_chips')).toHaveAttribute('data-state', 'sent');
    await openStackEquivalents(page);
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      for (const target of [page, other]) {
        // A tab in the background gets no frames: axe and layout wait for it to be in front.
        await target.bringToFront();
        await target.setViewportSize(viewport);
        await expectAccessible(target);
        expect(await target.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      }
    }
  });

  test('re-authentication lab as admin, after a refused and a confirmed password, on a desktop and on a phone', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(150_000);
    await loginWithForm(page, ADMIN);
    await page.goto('/lab/reauth');
    await page.getByLabel('Password', { exact: true }).fill('not-it');
    await page.getByRole('button', { name: 'Confirm my password' }).click();
    await expect(page.getByTestId('confirm-result')).toContainText('401');
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Confirm my password' }).click();
    await expect(page.getByTestId('confirm-result')).toContainText('Confirmed.');
    await expect(page.getByRole('button', { name: 'Make Alice an admin' })).toBeVisible();
    await openStackEquivalents(page);
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('/compare on a desktop and on a phone', async ({ page, expectAccessible }) => {
    await page.goto('/compare');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Session, cookie, sessionStorage: the tables');
    await expectAccessible(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page);
  });

  test('/shop and /login with the stack equivalents open; the header links to /compare', async ({ page, expectAccessible }) => {
    await page.goto('/shop');
    await openStackEquivalents(page);
    await expect(page.getByTestId('stack-equivalents')).toContainText('lib/cart/cart-session.ts, line 37');
    await expectAccessible(page);
    await page.goto('/login');
    await openStackEquivalents(page);
    await expect(page.getByTestId('stack-equivalents')).toContainText('request.changeSessionId();');
    await expectAccessible(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
    await expect(page).toHaveURL('/compare');
  });

  test('the stack equivalents open and close with the keyboard', async ({ page }) => {
    await page.goto('/login');
    const box = page.getByTestId('stack-equivalents');
    const summary = box.getByText('The same thing in other stacks');
    await summary.focus();
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('open', '');
    await expect(box.getByRole('heading', { name: 'Give the session a new ID at login' })).toBeVisible();
    await page.keyboard.press('Space');
    await expect(box).not.toHaveAttribute('open', '');
  });

  test('a lab reads naturally in Korean and Spanish too', async ({ page, expectAccessible }) => {
    await page.goto('/lab/security');
    for (const [language, button, title] of [
      // The picker's button is labelled in the language the page is in now.
      ['ko', 'Change', '보안: 페이지 안의 스크립트가 닿을 수 있는 것'],
      ['es', '변경', 'Seguridad: hasta dónde llega un script de la página'],
    ]) {
      await page.getByRole('combobox').first().selectOption(language!);
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
      await expectAccessible(page);
    }
  });
});
