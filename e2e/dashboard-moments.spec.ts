import { expect, test, type Page } from '@playwright/test';
import { ALICE, loginWithForm } from './support/auth';
import { mirrorInPage } from './support/browser-stores';

async function liveDashboard(page: Page) {
  await page.goto('/');
  await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
}

test.describe('the dashboard says what just happened', () => {
  test('after logout: the server forgot you, the browser copies remain and are never trusted', async ({ page }) => {
    await loginWithForm(page, ALICE);
    await liveDashboard(page);
    await page.getByRole('button', { name: 'Log out' }).click();
    const note = page.getByTestId('moment-logout');
    await expect(note).toContainText('the server forgot you');
    await expect(note).toContainText('the server never trusts them');
    // The copies it speaks of are really there.
    await expect(page.getByTestId('cookie-data').getByRole('row', { name: /User/ })).toContainText('Alice');
    await expect(page.getByTestId('storage-data').getByRole('row', { name: /User/ })).toContainText('Alice');
  });

  test('a new tab, with the cookie copies but an empty sessionStorage: each tab has its own', async ({ page, context }) => {
    await loginWithForm(page, ALICE);
    await page.goto('/');
    await expect(page.getByTestId('storage-data').getByRole('row', { name: /User/ })).toContainText('Alice');
    await expect(page.getByTestId('moment-newTab')).toHaveCount(0);
    const second = await context.newPage();
    await second.goto('/');
    await expect(second.getByTestId('moment-newTab')).toContainText('each tab has its own sessionStorage');
    expect(await second.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('lab:')))).toEqual([]);
  });

  test('a tab opened with window.open started with a copy of its opener’s sessionStorage', async ({ page, context }) => {
    await loginWithForm(page, ALICE);
    await page.goto('/');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.evaluate(() => void window.open('/', '_blank'))]);
    await expect(popup.getByTestId('moment-windowOpen')).toContainText('started with a copy');
    await expect(popup.getByTestId('storage-data').getByRole('row', { name: /User/ })).toContainText('Alice');
  });

  test('a login in another tab: the dashboard says the session has a new ID', async ({ page, context }) => {
    await liveDashboard(page);
    const before = await page.getByTestId('session-fingerprint').textContent();
    const other = await context.newPage();
    await loginWithForm(other, ALICE);
    const note = page.getByTestId('moment-login');
    await expect(note).toContainText('new ID');
    await expect(note).toContainText(`${before} →`);
  });

  test('after expiry: the server ended the session, the copies are only copies', async ({ page }) => {
    await liveDashboard(page);
    const { session } = await (await page.request.get('/api/session')).json();
    const put = await page.request.put('/api/session/max-inactive-interval', {
      data: { seconds: 10 },
      headers: { 'X-CSRF-Token': session.attributes.csrfToken },
    });
    expect(put.status()).toBe(200);
    await expect(page.getByTestId('moment-expired')).toContainText('The server ended your session', { timeout: 20_000 });
  });

  test('a language change in another tab: shared stores follow, this tab’s sessionStorage keeps its copy', async ({ page, context }) => {
    await liveDashboard(page);
    const other = await context.newPage();
    await other.goto('/');
    await other.getByLabel('Language').selectOption('es');
    await other.getByRole('button', { name: 'Change' }).click();
    await expect(page.getByTestId('moment-languageElsewhere')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByTestId('cookie-data').getByRole('row', { name: /Idioma/ })).toContainText('"es"');
    await expect(page.getByTestId('storage-data').getByRole('row', { name: /Idioma/ })).not.toContainText('"es"');
  });
});

test.describe('a changed value is highlighted with where the change came from', () => {
  test('a plain load of the dashboard flags no value as just changed: reading the browser’s copies is not a change', async ({ page }) => {
    await loginWithForm(page, ALICE);
    await page.goto('/');
    for (const id of ['cookie-data', 'storage-data']) await expect(page.getByTestId(id)).toContainText('Alice');
    // Read at once, not retried: a flag lasts 4 s, and a retrying assertion would wait it out.
    expect(await page.locator('[data-changed]').count()).toBe(0);
  });

  test('a cart written in another tab, then a language chosen in this tab', async ({ page, context }) => {
    await liveDashboard(page);
    const other = await context.newPage();
    await other.goto('/');
    await mirrorInPage(other, 'cart', [{ productId: 'tea', quantity: 3 }]);
    const cart = page.getByTestId('cookie-data').getByRole('row', { name: /Cart/ });
    await expect(cart.locator('[data-changed="otherTab"]')).toContainText('Just changed, in another tab');
    // The highlight goes after a few seconds.
    await expect(cart.locator('[data-changed]')).toHaveCount(0, { timeout: 10_000 });

    await page.getByLabel('Language').selectOption('ko');
    await page.getByRole('button', { name: 'Change' }).click();
    const language = page.getByTestId('storage-data').getByRole('row', { name: /언어/ });
    await expect(language.locator('[data-changed="thisTab"]')).toContainText('방금 이 탭에서 바뀌었습니다');
  });

  test('a language chosen in this tab is this tab’s change in all three panels, the server’s row too', async ({ page }) => {
    await liveDashboard(page);
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('button', { name: 'Change' }).click();
    // The action's answer re-renders the server's row before the form's own code runs: it is still this tab's change.
    for (const id of ['server-data', 'cookie-data', 'storage-data']) {
      const row = page.getByTestId(id).getByRole('row', { name: /Idioma/ });
      await expect(row.locator('[data-changed]'), id).toHaveAttribute('data-changed', 'thisTab');
      await expect(row).toContainText('Acaba de cambiar, en esta pestaña');
    }
  });
});

test.describe('presenting mode', () => {
  test('at 1024×768 the three stores sit side by side with their data visible without scrolling; kept per tab', async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await loginWithForm(page, ALICE);
    await page.goto('/');
    const note = page.getByText('Kept in this tab’s sessionStorage');
    await expect(note).toBeVisible(); // the page says where the toggle is kept
    await page.getByRole('button', { name: 'Presenting mode' }).click();
    await expect(page.getByRole('button', { name: 'Presenting mode' })).toHaveAttribute('aria-pressed', 'true');
    await expect(note).toBeHidden(); // the explanations step aside
    expect(await page.evaluate(() => sessionStorage.getItem('session-lab:presenting'))).toBe('1');
    const boxes = [];
    for (const id of ['server-data', 'cookie-data', 'storage-data']) {
      const table = page.getByTestId(id);
      await expect(table).toContainText(/alice/i);
      boxes.push((await table.boundingBox())!);
    }
    for (const box of boxes) {
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(768);
      expect(box.x + box.width).toBeLessThanOrEqual(1024);
    }
    // Side by side: left to right, not overlapping.
    expect(boxes[0]!.x + boxes[0]!.width).toBeLessThanOrEqual(boxes[1]!.x);
    expect(boxes[1]!.x + boxes[1]!.width).toBeLessThanOrEqual(boxes[2]!.x);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // No row name runs into its value in the large type: each fits its cell.
    const overruns = await page
      .locator('[data-testid$="-data"] th[scope="row"]')
      .evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent));
    expect(overruns).toEqual([]);
    // Per tab: this tab keeps it over a reload, a new tab does not present.
    await page.reload();
    await expect(page.getByRole('button', { name: 'Presenting mode' })).toHaveAttribute('aria-pressed', 'true');
    const other = await context.newPage();
    await other.goto('/');
    await expect(other.getByRole('button', { name: 'Presenting mode' })).toHaveAttribute('aria-pressed', 'false');
  });
  test('on a phone, presenting mode keeps the stores stacked in large type: nothing overlaps or runs off the screen', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await loginWithForm(page, ALICE);
    await page.goto('/');
    await page.getByRole('button', { name: 'Presenting mode' }).click();
    await expect(page.getByRole('button', { name: 'Presenting mode' })).toHaveAttribute('aria-pressed', 'true');
    const boxes = [];
    for (const id of ['server-data', 'cookie-data', 'storage-data']) boxes.push((await page.getByTestId(id).boundingBox())!);
    // One above the other, each as wide as the column.
    expect(boxes[1]!.x).toBe(boxes[0]!.x);
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height);
    expect(boxes[2]!.y).toBeGreaterThan(boxes[1]!.y + boxes[1]!.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const overruns = await page
      .locator('[data-testid$="-data"] th')
      .evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent));
    expect(overruns).toEqual([]);
  });
  test('at 1024×768 in Spanish, presenting or not, every column heading of the stores and the inspector fits its cell (“Tamaño”)', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await loginWithForm(page, ALICE);
    await page.goto('/');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('button', { name: 'Change', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const headings = page.locator('[data-testid$="-data"] th[scope="col"], [data-testid="inspector-attributes"] th[scope="col"]');
    const overruns = () =>
      headings.evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent));
    await expect(headings.filter({ hasText: 'Tamaño' }).first()).toBeVisible();
    expect(await overruns()).toEqual([]);
    await page.getByRole('button', { name: 'Modo presentación' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-presenting', '');
    expect(await overruns()).toEqual([]);
  });
  test('at 1024×768, not presenting, no row name of the three stores runs into its value', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await loginWithForm(page, ALICE);
    await page.goto('/');
    await expect(page.getByTestId('storage-data')).toContainText('Alice');
    const overruns = await page
      .locator('[data-testid$="-data"] th[scope="row"]')
      .evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth).map((cell) => cell.textContent));
    expect(overruns).toEqual([]);
  });
});
