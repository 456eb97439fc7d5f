import { expect, test, type Page } from '@playwright/test';
import { ALICE, contextWithCookie, loginWithForm, sessionOf } from './support/auth';
import { wordsCutAcrossLines } from './support/layout';
import { realSessionId, sessionCookie } from './support/session-cookie';

test.describe('login and logout in the browser', () => {
  test('log in with the form, see the name and Log out, log out again', async ({ page, context }) => {
    await page.goto('/login');
    await expect(page.getByRole('region', { name: 'Demo accounts' })).toContainText('wonderland');
    await page.getByLabel('Username').fill('alice');
    await page.getByLabel('Password').fill('wonderland');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('status')).toContainText('Welcome, Alice. You are logged in.');
    await expect(page.getByTestId('signed-in-user')).toHaveText('Logged in as Alice');
    await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'My sessions' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Admin' })).toHaveCount(0);
    expect((await sessionOf(page.request)).attributes).toMatchObject({ userId: 'alice', role: 'user' });

    // This tab mirrored the user into its script-readable cookie and its sessionStorage.
    const mirrored = { name: 'Alice', role: 'user' };
    const labUser = (await context.cookies()).find((cookie) => cookie.name === 'lab_user');
    expect(JSON.parse(decodeURIComponent(labUser!.value))).toEqual(mirrored);
    expect(await page.evaluate(() => sessionStorage.getItem('lab:user'))).toBe(JSON.stringify(mirrored));

    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible();
    await expect(page).toHaveURL('/');
    expect((await sessionOf(page.request)).attributes.userId).toBeUndefined();
    // The lesson: logout ends the server session, not the plain copies in the browser.
    expect((await context.cookies()).some((cookie) => cookie.name === 'lab_user')).toBe(true);
    expect(await page.evaluate(() => sessionStorage.getItem('lab:user'))).toBe(JSON.stringify(mirrored));
  });

  test('a wrong password and empty fields get clear errors; the username stays filled in', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('status')).toHaveText('Check the fields marked below.');
    const username = page.getByLabel('Username');
    await expect(username).toHaveAttribute('aria-invalid', 'true');
    await expect(username).toHaveAccessibleDescription('Enter your username.');
    await expect(page.getByLabel('Password')).toHaveAccessibleDescription('Enter your password.');

    await username.fill('alice');
    await page.getByLabel('Password').fill('not-wonderland');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('status')).toHaveText('Wrong username or password.');
    await expect(page.getByLabel('Username')).toHaveValue('alice');
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Log out' })).toHaveCount(0);
  });

  test('the session ID changes at login; the pre-login cookie then opens nothing', async ({ page, context, browser }) => {
    await page.goto('/login');
    const shownBefore = await page.getByTestId('fingerprint-before').textContent();
    const cookieBefore = (await sessionCookie(context))!;
    await page.getByLabel('Username').fill(ALICE.username);
    await page.getByLabel('Password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Log in' }).click();

    await expect(page.getByTestId('fingerprint-after')).toBeVisible();
    await expect(page.getByTestId('fingerprint-before')).toHaveText(shownBefore!);
    const shownAfter = await page.getByTestId('fingerprint-after').textContent();
    expect(shownAfter).toMatch(/^[0-9a-f]{16}$/);
    expect(shownAfter).not.toBe(shownBefore);
    const cookieAfter = (await sessionCookie(context))!;
    expect(await realSessionId(cookieAfter.value)).not.toBe(await realSessionId(cookieBefore.value));
    expect((await sessionOf(page.request)).id).toBe(shownAfter);

    // Someone who copied the cookie before login (fixation) gets nothing from it now.
    const attacker = await contextWithCookie(browser, cookieBefore);
    const seen = await sessionOf(attacker.request);
    expect(seen.isNew).toBe(true);
    expect(seen.id).not.toBe(shownBefore);
    expect(seen.attributes.userId).toBeUndefined();
    await attacker.close();
  });

  test('a copy of the signed-in cookie is worthless after logout', async ({ page, context, browser }) => {
    await loginWithForm(page, ALICE);
    const signedIn = (await sessionCookie(context))!;
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible();

    const thief = await contextWithCookie(browser, signedIn);
    const seen = await sessionOf(thief.request);
    expect(seen.isNew).toBe(true);
    expect(seen.attributes.userId).toBeUndefined();
    expect((await thief.request.get('/api/sessions')).status()).toBe(401);
    const thiefPage = await thief.newPage();
    await thiefPage.goto('/sessions');
    await expect(thiefPage).toHaveURL('/login?next=/sessions');
    await thief.close();
  });

  test('cart and language move with the session to its new ID (a Spanish browser)', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto('/login');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const before = await sessionOf(page.request);
    await page.getByLabel('Usuario').fill(ALICE.username);
    await page.getByLabel('Contraseña').fill(ALICE.password);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await expect(page.getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();
    const after = await sessionOf(page.request);
    expect(after.id).not.toBe(before.id);
    expect(after.attributes.language).toBe('es');
    expect(after.attributes.cart).toEqual(before.attributes.cart);
    // A new CSRF token: the one a fixing attacker could have read is dead.
    expect(after.attributes.csrfToken).not.toBe(before.attributes.csrfToken);
    await context.close();
  });

  test('after login the visitor returns to the page that asked for it, but never to another site', async ({ page }) => {
    await page.goto('/sessions');
    await expect(page).toHaveURL('/login?next=/sessions');
    await page.getByLabel('Username').fill(ALICE.username);
    await page.getByLabel('Password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL('/sessions');
    await expect(page.getByRole('heading', { name: 'My sessions' })).toBeVisible();

    await page.goto('/login?next=//evil.example/steal');
    await page.getByLabel('Username').fill(ALICE.username);
    await page.getByLabel('Password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    // Named for a person, not as a path (it said "Continue to /").
    await expect(page.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  });

  test('logging in with the keyboard leaves the focus on the way on, not at the top of the page', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Username').focus();
    await page.keyboard.type(ALICE.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ALICE.password);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText('Welcome, Alice. You are logged in.');
    // The form and its button are gone; the focus moved to the next step instead of falling to <body>.
    await expect(page.getByRole('link', { name: 'Go to the dashboard' })).toBeFocused();
  });

  test('login and logout work without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('Username').fill(ALICE.username);
    await page.getByLabel('Password').fill(ALICE.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByTestId('signed-in-user')).toHaveText('Logged in as Alice');
    await expect(page.getByTestId('fingerprint-after')).toBeVisible();
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible();
    expect((await sessionOf(context.request)).attributes.userId).toBeUndefined();
    await context.close();
  });
});

/*
 * One test per page: each loads it at three widths (13 page loads in one test
 * ran past the 60 s timeout on a machine busy with the benchmark).
 */
const FINGERPRINTS = '[data-testid^="fingerprint-"], [data-testid="session-fingerprint"], [data-testid="fixation-fingerprint"]';
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
];

async function expectFingerprintsOnOneLine(page: Page, path: string) {
  const fingerprints = page.locator(FINGERPRINTS);
  for (const viewport of WIDTHS) {
    await page.setViewportSize(viewport);
    await page.goto(path);
    await expect(fingerprints.first()).toHaveText(/^[0-9a-f]{16}$/);
    expect(await wordsCutAcrossLines(fingerprints), `${path} at ${viewport.width} px`).toEqual([]);
  }
}

for (const path of ['/login', '/', '/lab/fixation']) {
  test(`a session fingerprint stays on one line on ${path}, on a phone, a projector and a desktop`, async ({ page }) => {
    await expectFingerprintsOnOneLine(page, path);
  });
}

test('a session fingerprint stays on one line after login, beside the one before it', async ({ page }) => {
  await page.setViewportSize(WIDTHS[0]!);
  await loginWithForm(page, ALICE);
  // Before and after, side by side with their long terms.
  await expect(page.getByTestId('fingerprint-after')).toHaveText(/^[0-9a-f]{16}$/);
  expect(await wordsCutAcrossLines(page.locator(FINGERPRINTS))).toEqual([]);
  await expectFingerprintsOnOneLine(page, '/login');
});
