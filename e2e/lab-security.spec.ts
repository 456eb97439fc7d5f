import { expect, test, type Page } from '@playwright/test';
import { ALICE, loginWithForm, sessionOf } from './support/auth';
import { SESSION_COOKIE, sessionCookie } from './support/session-cookie';

/** Gives the tab something script-readable: the shop mirrors the cart into lab_cart and sessionStorage. */
async function addToCart(page: Page, product = 'Apple') {
  await page.goto('/shop');
  await page.getByRole('button', { name: `Add ${product} to cart` }).click();
  await expect(page.getByTestId('cart-status')).toContainText(`Added ${product}`);
}

/** Runs the page's "XSS" and waits for what it read. */
async function runScript(page: Page) {
  await page.getByRole('button', { name: 'Run the script' }).click();
  await expect(page.getByTestId('script-reading')).toContainText('Cookies in document.cookie');
}

const readable = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluateAll((items) => items.map((item) => item.getAttribute('data-name')));

test.describe('security lab', () => {
  test('document.cookie shows the lab_* copies but not the HttpOnly session cookie', async ({ page, context }) => {
    await addToCart(page);
    await page.goto('/lab/security');
    await runScript(page);

    const names = await readable(page, 'readable-cookie');
    expect(names).toContain('lab_cart');
    expect(names).not.toContain(SESSION_COOKIE);
    await expect(page.getByTestId('session-cookie-missing')).toHaveText(
      `Not there: ${SESSION_COOKIE}, the session cookie. It is HttpOnly, so no page script can read it.`,
    );
    // The browser does hold it, flagged HttpOnly: only page scripts are kept out.
    expect(await sessionCookie(context)).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
    expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  });

  test('a script reads all of this tab’s sessionStorage, and can still use the session it cannot read', async ({ page }) => {
    await addToCart(page, 'Mug');
    await page.goto('/lab/security');
    await page.evaluate(() => sessionStorage.setItem('draft-message', 'half-written secret'));
    await runScript(page);

    const keys = await readable(page, 'readable-storage');
    expect(keys.sort()).toEqual(['draft-message', 'lab:cart']);
    await expect(page.getByTestId('script-reading')).toContainText('draft-message: half-written secret');
    await expect(page.getByTestId('script-reading')).toContainText('lab:cart: [{"productId":"mug","quantity":1}]');
    // HttpOnly stops theft, not use: the script's own request carried the cookie.
    const { id } = await sessionOf(page.request);
    await expect(page.getByTestId('script-used-session')).toContainText(`your fingerprint ${id}`);
  });

  test('writing role=admin into the plain lab_user cookie grants nothing on the server', async ({ page, context }) => {
    await loginWithForm(page, ALICE);
    await page.goto('/lab/security');
    await page.getByRole('button', { name: 'Write role=admin into lab_user and ask for the admin list' }).click();

    const result = page.getByTestId('forge-result');
    await expect(result).toContainText('GET /api/admin/sessions answered 403 forbidden.');
    await expect(result).toContainText('Refused: the server took your role from your session, not from the cookie.');
    const labUser = (await context.cookies()).find((cookie) => cookie.name === 'lab_user')!;
    expect(JSON.parse(decodeURIComponent(labUser.value))).toEqual({ name: 'Alice', role: 'admin' });

    // The page and the API both still refuse, and the session still says user.
    const adminPage = await page.goto('/admin/sessions');
    expect(adminPage?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'Admins only' })).toBeVisible();
    expect((await page.request.get('/api/admin/sessions')).status()).toBe(403);
    expect((await sessionOf(page.request)).attributes.role).toBe('user');
  });

  test('the button hands a one-character-edited copy of the session cookie to the server: a new session answers', async ({ page }) => {
    await loginWithForm(page, ALICE);
    const before = await sessionOf(page.request);
    await page.goto('/lab/security');
    await page.getByRole('button', { name: 'Send the server a copy with one character changed' }).click();

    await expect(page.getByTestId('tamper-yours')).toHaveText(before.id);
    const answered = await page.getByTestId('tamper-answered').textContent();
    expect(answered).toMatch(/^[0-9a-f]{16}$/);
    expect(answered).not.toBe(before.id);
    // This browser's own session is untouched.
    const after = await sessionOf(page.request);
    expect(after.id).toBe(before.id);
    expect(after.attributes.userId).toBe('alice');
  });

  test('a session cookie edited in the browser gets a fresh, empty session', async ({ page, context }) => {
    await loginWithForm(page, ALICE);
    await addToCart(page, 'Honey');
    const before = await sessionOf(page.request);
    const cookie = (await sessionCookie(context))!;
    const middle = Math.floor(cookie.value.length / 2);
    const edited = cookie.value.slice(0, middle) + (cookie.value[middle] === 'A' ? 'B' : 'A') + cookie.value.slice(middle + 1);
    // As in devtools: same cookie, one character changed.
    await context.addCookies([{ ...cookie, value: edited }]);

    await page.goto('/lab/security');
    await expect(page.getByRole('link', { name: 'Log in' }).first()).toBeVisible();
    const now = await sessionOf(page.request);
    expect(now.id).not.toBe(before.id);
    expect(now.attributes.userId).toBeUndefined();
    expect(now.attributes.cart).toEqual([]);
  });

  test('an API write without X-CSRF-Token gets 403 csrf; with the token it goes through', async ({ page }) => {
    await page.goto('/lab/security');
    await page.getByRole('button', { name: 'Send a write without the token' }).click();
    await expect(page.getByTestId('csrf-without')).toHaveText(
      'PUT /api/language without X-CSRF-Token: 403 csrf. The X-CSRF-Token header is missing. Send the csrfToken from GET /api/session.',
    );
    await page.getByRole('button', { name: 'Send it with the token' }).click();
    await expect(page.getByTestId('csrf-with')).toHaveText('PUT /api/language with X-CSRF-Token: 200. Your language is still English.');

    // The same from outside the page.
    const refused = await page.request.put('/api/language', { data: { language: 'ko' } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe('csrf');
    expect((await sessionOf(page.request)).attributes.language).toBe('en');
  });

  test('SameSite=Lax: another site’s form POST, image and fetch arrive without our cookie and change nothing; following its link keeps the session', async ({
    page,
    baseURL,
  }) => {
    await loginWithForm(page, ALICE);
    const mine = await sessionOf(page.request);
    // A page on another site (intercepted, so nothing leaves the machine).
    await page.route('http://evil.test/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Win a prize</title>
          <img src="${baseURL}/api/session?from=img" alt="">
          <a id="visit" href="${baseURL}/api/session?from=link">Visit</a>
          <form id="attack" method="post" action="${baseURL}/api/cart/items">
            <input name="productId" value="umbrella"><button>Claim</button>
          </form>
          <form id="attack-page" method="post" action="${baseURL}/lab/security">
            <input name="anything" value="1"><button>Claim too</button>
          </form>`,
      }),
    );
    const cookieHeaderOf = async (part: string, act: () => Promise<unknown>) => {
      const [request] = await Promise.all([page.waitForRequest((r) => r.url().includes(part)), act()]);
      return (await request.allHeaders()).cookie ?? '';
    };

    expect(await cookieHeaderOf('from=img', () => page.goto('http://evil.test/'))).not.toContain(SESSION_COOKIE);
    expect(
      await cookieHeaderOf('from=fetch', () =>
        page.evaluate(
          (url) => fetch(url, { credentials: 'include', mode: 'no-cors' }).catch(() => null),
          `${baseURL}/api/session?from=fetch`,
        ),
      ),
    ).not.toContain(SESSION_COOKIE);

    const [post] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/cart/items')), page.click('#attack button')]);
    expect((await post.request().allHeaders()).cookie ?? '').not.toContain(SESSION_COOKIE);
    expect(post.status()).toBe(403);
    expect((await post.json()).error.code).toBe('csrf');
    // Nothing changed, not even the session: the refusal sent no new cookie to replace ours.
    const after = await sessionOf(page.request);
    expect(after.id).toBe(mine.id);
    expect(after.attributes.cart).toEqual([]);

    // A form posted to a page (where server actions live) is refused as well.
    await page.goto('http://evil.test/');
    const [pagePost] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/lab/security')),
      page.click('#attack-page button'),
    ]);
    expect(pagePost.status()).toBe(403);

    // A top-level GET from a link on that site does carry the cookie: still signed in, same session.
    await page.goto('http://evil.test/');
    const [visit] = await Promise.all([page.waitForResponse((r) => r.url().includes('from=link')), page.click('#visit')]);
    const seen = (await visit.json()).session;
    expect(seen.id).toBe(mine.id);
    expect(seen.attributes.userId).toBe('alice');
  });
});
