import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const ALICE = { username: 'alice', password: 'wonderland', name: 'Alice' };
export const ADMIN = { username: 'admin', password: 'correct-horse', name: 'Admin' };

/** Logs in through the form, as a person would, and waits for the header to say so. */
/**
 * For a step that hashes a password (a login, a confirmation, a change): the
 * test servers let it wait up to a minute for a hashing slot (TEST_LIMITS),
 * and beside a benchmark one took over 10 s, the default wait.
 */
export const HASHING = { timeout: 30_000 };

export async function loginWithForm(page: Page, account: { username: string; password: string; name: string }) {
  await page.goto('/login');
  await page.getByLabel('Username').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText(`Logged in as ${account.name}`, HASHING);
  // On a phone the account corner sits behind the header's Menu button.
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
}

/** A fresh browser (its own cookie jar) signed in as `account`. */
export async function signedInBrowser(
  browser: Browser,
  account: { username: string; password: string; name: string },
  options: Parameters<Browser['newContext']>[0] = {},
) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await loginWithForm(page, account);
  return { context, page };
}

/** The session's csrfToken, as a script or curl would read it. */
export async function csrfToken(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/session');
  return (await response.json()).session.attributes.csrfToken;
}

/** GET /api/session as this client (a page's `page.request` shares its cookies). */
export async function sessionOf(request: APIRequestContext) {
  return (await (await request.get('/api/session')).json()).session as {
    id: string;
    isNew: boolean;
    maxInactiveInterval: number;
    attributes: { userId?: string; role?: string; csrfToken: string; language: string; cart: unknown[]; [name: string]: unknown };
  };
}

/** POST /api/login with this session's token; returns the response. */
export async function apiLogin(request: APIRequestContext, username: string, password: string, headers: Record<string, string> = {}) {
  return request.post('/api/login', {
    data: { username, password },
    headers: { 'X-CSRF-Token': await csrfToken(request), ...headers },
  });
}

/** A new browser context holding only a copy of `cookie`, as someone who stole it would. */
export async function contextWithCookie(browser: Browser, cookie: Parameters<BrowserContext['addCookies']>[0][number]) {
  const context = await browser.newContext();
  await context.addCookies([cookie]);
  return context;
}
