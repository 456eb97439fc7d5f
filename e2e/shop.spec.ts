import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { sessionOf } from './support/auth';

const status = (page: Page) => page.getByTestId('cart-status');
const sessionStorageOf = (page: Page) => page.evaluate(() => ({ ...sessionStorage }));
const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

async function switchLanguage(page: Page, label: string | RegExp, language: string, button: string) {
  await page.getByLabel(label).selectOption(language);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test.describe('shop and cart', () => {
  test('each product has an "Add … to cart" button; adding shows in the cart with prices in dollars', async ({ page }) => {
    await page.goto('/shop');
    await expect(page.getByRole('heading', { level: 1, name: 'Shop' })).toBeVisible();
    await expect(page.getByText('Prices are in US dollars')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Add .+ to cart$/ })).toHaveCount(10);

    await page.getByRole('button', { name: 'Add Apple to cart' }).click();
    await expect(status(page)).toHaveText('Added Apple to your cart. You have 1.');
    await page.getByRole('button', { name: 'Add Apple to cart' }).click();
    await expect(status(page)).toHaveText('Added Apple to your cart. You have 2.');
    await page.getByRole('button', { name: 'Add Umbrella to cart' }).click();
    await expect(status(page)).toContainText('Umbrella');
    await expect(page.getByTestId('cart-total')).toHaveText('$26.77'); // 2 × 0.89 + 24.99
    await expect(page.getByTestId('cart-count')).toHaveText('3');
    await expect(page.getByTestId('in-cart-apple')).toHaveText('In your cart: 2');
  });

  test("the cart lives in the server session: tab B sees tab A's change on reload, but only tab A has the sessionStorage copy", async ({
    context,
  }) => {
    const tabA = await context.newPage();
    const tabB = await context.newPage();
    await tabA.goto('/shop');
    await tabB.goto('/shop');
    await expect(tabB.getByText('Your cart is empty.')).toBeVisible();

    await tabA.getByRole('button', { name: 'Add Green tea to cart' }).click();
    await expect(status(tabA)).toContainText('Added Green tea');
    await tabB.reload();
    await expect(tabB.getByRole('spinbutton', { name: 'Quantity of Green tea' })).toHaveValue('1');
    await expect(tabB.getByTestId('cart-total')).toHaveText('$4.50');

    // The lesson: the server session and the cookie are shared by the tabs, sessionStorage is not.
    expect((await sessionStorageOf(tabA))['lab:cart']).toBe(JSON.stringify([{ productId: 'green-tea', quantity: 1 }]));
    expect((await sessionStorageOf(tabB))['lab:cart']).toBeUndefined();
    expect(await tabB.evaluate(() => document.cookie)).toContain('lab_cart=');
  });

  test('set a quantity, remove a line and empty the cart', async ({ page }) => {
    await page.goto('/shop');
    await page.getByRole('button', { name: 'Add Mug to cart' }).click();
    await page.getByRole('button', { name: 'Add Pencil to cart' }).click();
    await expect(page.getByTestId('cart-count')).toHaveText('2');

    await page.getByRole('spinbutton', { name: 'Quantity of Mug' }).fill('4');
    await page.getByRole('button', { name: 'Update quantity of Mug' }).click();
    await expect(status(page)).toHaveText('You now have 4 of Mug.');
    await expect(page.getByTestId('cart-total')).toHaveText('$59.25'); // 4 × 14.50 + 1.25

    await page.getByRole('spinbutton', { name: 'Quantity of Mug' }).fill('0');
    await page.getByRole('button', { name: 'Update quantity of Mug' }).click();
    await expect(status(page)).toHaveText('Removed Mug from your cart.');
    await expect(page.getByRole('spinbutton', { name: 'Quantity of Mug' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Remove Pencil' }).click();
    await expect(page.getByText('Your cart is empty.')).toBeVisible();

    await page.getByRole('button', { name: 'Add Honey to cart' }).click();
    await page.getByRole('button', { name: 'Empty the cart' }).click();
    await expect(status(page)).toHaveText('Your cart is empty now.');
    expect((await (await page.request.get('/api/cart')).json()).cart.items).toEqual([]);
    expect((await sessionStorageOf(page))['lab:cart']).toBe('[]');
  });

  test('a line at 99 refuses one more with a clear message, and the cart stays as it was', async ({ page }) => {
    await page.goto('/shop');
    const token = (await sessionOf(page.request)).attributes.csrfToken;
    await page.request.patch('/api/cart/items/apple', { data: { quantity: 99 }, headers: { 'X-CSRF-Token': token } });
    await page.reload();
    await page.getByRole('button', { name: 'Add Apple to cart' }).click();
    await expect(status(page)).toHaveText('You can have at most 99 of one product.');
    expect((await sessionOf(page.request)).attributes.cart).toEqual([{ productId: 'apple', quantity: 99 }]);
  });

  test('a visitor can shop with the keyboard alone', async ({ page }) => {
    await page.goto('/shop');
    const add = page.getByRole('button', { name: 'Add Croissant to cart' });
    await tabTo(page, add);
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Added Croissant to your cart. You have 1.');
    await expect(add).toBeFocused();
    await page.keyboard.press('Space');
    await expect(status(page)).toHaveText('Added Croissant to your cart. You have 2.');

    // The quantity box follows the change made with the other button.
    const quantity = page.getByRole('spinbutton', { name: 'Quantity of Croissant' });
    await expect(quantity).toHaveValue('2');
    await tabTo(page, quantity);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('You now have 3 of Croissant.');
    await expect(quantity).toBeFocused();
    await expect(quantity).toHaveValue('3');

    await tabTo(page, page.getByRole('button', { name: 'Remove Croissant' }));
    await page.keyboard.press('Enter');
    await expect(status(page)).toHaveText('Removed Croissant from your cart.');
    // The button is gone with its line; the focus waits on the cart heading instead of the page top.
    await expect(page.getByRole('heading', { name: 'Your cart' })).toBeFocused();

    const picker = page.getByLabel('Language');
    await tabTo(page, picker);
    await page.keyboard.press('End');
    await expect(picker).toHaveValue('es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en'); // choosing alone does not switch
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Change', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: 'Tienda' })).toBeVisible();
  });

  test('forms work without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto('/shop');
      await page.getByRole('button', { name: 'Add Notebook to cart' }).click();
      await expect(page.getByTestId('in-cart-notebook')).toHaveText('In your cart: 1');
      await expect(page.getByTestId('cart-total')).toHaveText('$6.95');
      await page.getByLabel('Language').selectOption('ko');
      await page.getByRole('button', { name: 'Change', exact: true }).click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      await expect(page.getByRole('button', { name: '공책 장바구니에 담기' })).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('the shop page passes an axe check with a full cart', async ({ page, expectAccessible }) => {
    await page.goto('/shop');
    await page.getByRole('button', { name: 'Add Honey to cart' }).click();
    await expect(status(page)).toContainText('Honey');
    await expectAccessible(page);
  });
});

test.describe('language', () => {
  test('switching in one tab re-renders the whole UI; the other tab follows (live, and on reload); <html lang> matches', async ({
    context,
  }) => {
    const tabA = await context.newPage();
    const tabB = await context.newPage();
    await tabA.goto('/shop');
    await tabB.goto('/');
    expect(await htmlLang(tabA)).toBe('en');

    await switchLanguage(tabA, 'Language', 'es', 'Change');
    await expect(tabA.getByRole('heading', { level: 1, name: 'Tienda' })).toBeVisible();
    await expect(tabA.getByRole('button', { name: 'Añadir Manzana al carrito' })).toBeVisible();
    await expect(tabA.getByRole('link', { name: 'Panel' })).toBeVisible(); // the header too
    await expect(tabA.getByText('Esta página está ahora en español.')).toBeVisible();
    expect((await sessionStorageOf(tabA))['lab:language']).toBe('"es"');

    // The dashboard in tab B hears the session event and re-renders by itself...
    await expect.poll(() => htmlLang(tabB)).toBe('es');
    // ...but only the tab that acted wrote its sessionStorage copy.
    expect((await sessionStorageOf(tabB))['lab:language']).toBeUndefined();
    await tabB.reload();
    expect(await htmlLang(tabB)).toBe('es');
    await expect(tabB.getByRole('heading', { level: 1 })).toHaveText('¿Dónde viven tus datos?');

    // The picker keeps "Language" in its label, so the way back is findable from any language.
    await switchLanguage(tabB, /Language/, 'ko', 'Cambiar');
    await expect(tabB.getByRole('link', { name: '상점' })).toBeVisible();
    await tabA.reload();
    expect(await htmlLang(tabA)).toBe('ko');
    await tabA.getByRole('button', { name: '사과 장바구니에 담기' }).click();
    await expect(status(tabA)).toHaveText('사과 상품을 장바구니에 담았습니다. 지금 1개입니다.');
    await expect(tabA.getByTestId('cart-total')).toHaveText('US$0.89');
    await switchLanguage(tabA, /Language/, 'es', '변경');
    await expect(tabA.getByTestId('cart-total')).toHaveText(/^0,89\sUS\$$/);
  });

  test("a first visit speaks the browser's language when it is one of ours, else English", async ({ browser, baseURL }) => {
    for (const [locale, lang, heading] of [
      ['ko-KR', 'ko', '상점'],
      ['es-MX', 'es', 'Tienda'],
      ['fr-FR', 'en', 'Shop'],
    ] as const) {
      const context = await browser.newContext({ baseURL, locale });
      const page = await context.newPage();
      await page.goto('/shop');
      expect(await htmlLang(page), locale).toBe(lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByLabel(/Language/)).toHaveValue(lang);
      await context.close();
    }
  });
});
