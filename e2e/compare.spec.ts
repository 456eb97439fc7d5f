import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { ADMIN, ALICE, csrfToken, loginWithForm, sessionOf, signedInBrowser } from './support/auth';
import { startServer, testPort } from './support/server';
import { realSessionId, sessionCookie, SESSION_COOKIE } from './support/session-cookie';

/*
 * One test per row of the two comparison tables on /compare (and the
 * corrections under them): each proves its row in a real browser, then checks
 * the row links to the lab where a visitor can see it.
 */

async function expectRow(page: Page, row: string, lab: string, also?: string) {
  await page.goto('/compare');
  const links = page.getByTestId(`row-${row}`).getByRole('link');
  await expect(links.first()).toHaveAttribute('href', lab);
  if (also) await expect(links.nth(1)).toHaveAttribute('href', also);
  await expect(links).toHaveCount(also ? 2 : 1);
}

/** The cross-site lab's demo cookies set, and the other site open in a tab of its own; `arrived(kind)` names the cookies a request of that kind carried. */
async function openOtherSite(page: Page, context: BrowserContext) {
  // The tests visit the app as 127.0.0.1; the lab opens the other site as localhost.
  await page.goto('/lab/cross-site');
  await page.getByRole('button', { name: 'Set the demo cookies' }).click();
  await expect(page.getByTestId('cookies-set')).toContainText('Demo cookies set at');
  const other = await context.newPage();
  await other.goto((await page.getByTestId('open-other-site').getAttribute('href'))!);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Another site');
  // What the server recorded for each request: the names of the cookies it carried.
  const arrived = async (kind: string) => {
    await expect.poll(async () => (await (await page.request.get('/api/lab/cross-site')).json()).arrivals[kind]).toBeDefined();
    return (await (await page.request.get('/api/lab/cross-site')).json()).arrivals[kind].cookies as string[];
  };
  return { other, arrived };
}

async function addToCart(page: Page, product: string) {
  await page.goto('/shop');
  await page.getByRole('button', { name: `Add ${product} to cart` }).click();
  await expect(page.getByTestId('cart-status')).toContainText(`Added ${product}`);
}

const storageOf = (page: Page) => page.evaluate(() => ({ ...sessionStorage }));

test.describe('session vs cookie', () => {
  test('stored: the cart is on the server; the session cookie holds only a sealed ID; cookies ride on the site’s own requests, a Strict one not on a request another site starts', async ({
    page,
    context,
  }) => {
    await addToCart(page, 'Apple');
    const cart = (await (await page.request.get('/api/cart')).json()).cart;
    expect(cart.items).toMatchObject([{ productId: 'apple', quantity: 1 }]);
    expect(await realSessionId((await sessionCookie(context))!.value)).toMatch(/^[\w-]{43}$/);
    const labCart = (await context.cookies()).find((cookie) => cookie.name === 'lab_cart')!;
    expect(JSON.parse(decodeURIComponent(labCart.value))).toEqual([{ productId: 'apple', quantity: 1 }]);

    const [request] = await Promise.all([page.waitForRequest((r) => r.url().endsWith('/compare')), page.goto('/compare')]);
    const sent = (await request.allHeaders()).cookie;
    expect(sent).toContain(`${SESSION_COOKIE}=`);
    expect(sent).toContain('lab_cart=');

    // Not every request: one that another site starts (here a link) leaves a Strict cookie behind.
    const { other, arrived } = await openOtherSite(page, context);
    await other.getByRole('link', { name: 'A link to the app' }).click();
    const link = await arrived('link');
    expect(link).toContain(SESSION_COOKIE);
    expect(link).not.toContain('xs_strict');
    expect((await context.cookies()).some((cookie) => cookie.name === 'xs_strict')).toBe(true);
    await expectRow(page, 'cookie-stored', '/lab/stateless', '/lab/cross-site');
  });

  test('security: page scripts read and rewrite a plain cookie, never the HttpOnly session cookie, and the server trusts neither', async ({
    page,
  }) => {
    await addToCart(page, 'Mug');
    const readable = await page.evaluate(() => document.cookie);
    expect(readable).toContain('lab_cart=');
    expect(readable).not.toContain(SESSION_COOKIE);
    await page.evaluate(() => {
      document.cookie = `lab_cart=${encodeURIComponent(JSON.stringify([{ productId: 'mug', quantity: 99 }]))}; Path=/`;
    });
    const cart = (await (await page.request.get('/api/cart')).json()).cart;
    expect(cart.items).toMatchObject([{ productId: 'mug', quantity: 1 }]);
    await expectRow(page, 'cookie-security', '/lab/security');
  });

  test('capacity: the browser silently drops a 5 KB cookie; the server session takes 5 KB', async ({ page }) => {
    await page.goto('/compare');
    const kept = await page.evaluate(() => {
      document.cookie = `fits=${'x'.repeat(4000)}; Path=/`;
      document.cookie = `too_big=${'x'.repeat(5000)}; Path=/`;
      return document.cookie.split('; ').map((pair) => pair.split('=')[0]);
    });
    expect(kept).toContain('fits');
    expect(kept).not.toContain('too_big');

    const stored = await page.request.put('/api/lab/stateless/note', {
      data: { bytes: 5120 },
      headers: { 'X-CSRF-Token': await csrfToken(page.request) },
    });
    expect((await stored.json()).server).toEqual({ stored: true });
    const view = await (await page.request.get('/api/lab/stateless')).json();
    expect(view.server.noteBytes).toBe(5120);
    await expectRow(page, 'cookie-capacity', '/lab/capacity');
  });

  test('lifetime: the session cookie has no expiry, the copies have 7 days, and the server ends the session at its idle timeout', async ({
    page,
    context,
  }) => {
    await addToCart(page, 'Pencil');
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.expires).toBe(-1);
    const labCart = cookies.find((cookie) => cookie.name === 'lab_cart')!;
    expect(labCart.expires * 1000 - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

    const before = await sessionOf(page.request);
    const shortened = await page.request.put('/api/session/max-inactive-interval', {
      data: { seconds: 10 },
      headers: { 'X-CSRF-Token': before.attributes.csrfToken },
    });
    expect(shortened.ok()).toBe(true);
    await page.waitForTimeout(11_000);
    // The browser still sends the same cookie; the server says that session is over.
    const after = await sessionOf(page.request);
    expect(after.isNew).toBe(true);
    expect(after.id).not.toBe(before.id);
    expect(after.attributes.cart).toEqual([]);
    expect((await context.cookies()).some((cookie) => cookie.name === 'lab_cart')).toBe(true);
    await expectRow(page, 'cookie-lifetime', '/lab/lifetime');
  });

  test('best for: the role lives in the session, so an edited cookie grants nothing and only a real admin login does', async ({
    page,
    browser,
  }) => {
    await loginWithForm(page, ALICE);
    await page.evaluate(() => {
      document.cookie = `lab_user=${encodeURIComponent(JSON.stringify({ name: 'Alice', role: 'admin' }))}; Path=/`;
    });
    expect((await page.request.get('/api/admin/sessions')).status()).toBe(403);
    const admin = await signedInBrowser(browser, ADMIN);
    expect((await admin.context.request.get('/api/admin/sessions')).status()).toBe(200);
    await admin.context.close();
    await expectRow(page, 'cookie-best-for', '/lab/security');
  });

  test('from other sites: a link from another site carries the Lax session and cookies, a forged POST carries only None and is refused', async ({
    page,
    context,
  }) => {
    await loginWithForm(page, ALICE);
    const { other, arrived } = await openOtherSite(page, context);

    await other.getByRole('link', { name: 'A link to the app' }).click();
    await expect(other.getByTestId('signed-in-user')).toHaveText('Logged in as Alice');
    const link = await arrived('link');
    expect(link).toEqual(expect.arrayContaining([SESSION_COOKIE, 'xs_lax', 'xs_none']));
    expect(link).not.toContain('xs_strict');

    await other.goBack();
    const response = other.waitForResponse((r) => r.url().includes('kind=form-post'));
    await other.getByRole('button', { name: 'Send a form (POST)' }).click();
    expect((await response).status()).toBe(403);
    const post = await arrived('form-post');
    expect(post).toContain('xs_none');
    for (const name of [SESSION_COOKIE, 'xs_lax', 'xs_strict']) expect(post).not.toContain(name);
    await expectRow(page, 'cookie-cross-site', '/lab/cross-site');
  });

  test('taking it back: the server ends the other browser’s session at once, but not the cookie copy that browser holds', async ({
    page,
    browser,
  }) => {
    // Its own server: ending all of Alice's other sessions must not sign out the tests running beside this one.
    test.setTimeout(120_000);
    const server = await startServer({ port: testPort(8), dataDir: '.e2e/compare-revocation', fresh: true });
    try {
      const elsewhere = await signedInBrowser(browser, ALICE, { baseURL: server.url });
      const elsewhereId = (await sessionOf(elsewhere.context.request)).id;
      const here = await signedInBrowser(browser, ALICE, { baseURL: server.url });
      const before = await sessionOf(here.context.request);
      // Just logged in, so the password is recent enough for the sensitive action.
      await here.page.goto('/lab/reauth');
      await here.page.getByRole('button', { name: 'End all my other sessions' }).click();
      await expect(here.page.getByTestId('others-result')).toContainText('Ended 1 other session. This one moved to a new ID');

      const after = await sessionOf(here.context.request);
      expect(after.id).not.toBe(before.id);
      expect(after.attributes.userId).toBe('alice');
      const ended = await sessionOf(elsewhere.context.request);
      expect(ended.id).not.toBe(elsewhereId);
      expect(ended.attributes.userId).toBeUndefined();
      // The server could not reach that browser's own cookie copy of the login: it still says Alice.
      const copy = (await elsewhere.context.cookies()).find((cookie) => cookie.name === 'lab_user')!;
      expect(JSON.parse(decodeURIComponent(copy.value))).toMatchObject({ name: 'Alice' });
      await elsewhere.context.close();
      await here.context.close();
    } finally {
      await server.stop();
    }
    await expectRow(page, 'cookie-revocation', '/lab/reauth');
  });
});

test.describe('session vs sessionStorage', () => {
  test('stored: sessionStorage stays in the browser: no request carries it, the server never sees it', async ({ page }) => {
    await page.goto('/compare');
    await page.evaluate(() => sessionStorage.setItem('marker', 'only-in-this-tab-7f3a'));
    // Every request the tab makes: URL, headers (cookies are checked below) and body.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`));
    await page.reload();
    await page.evaluate(() => fetch('/api/session').then((r) => r.text()));
    expect(requests.length).toBeGreaterThan(1);
    expect(await page.evaluate(() => document.cookie)).not.toContain('only-in-this-tab-7f3a');
    expect(requests.join('\n')).not.toContain('only-in-this-tab-7f3a');
    expect(JSON.stringify(await sessionOf(page.request))).not.toContain('only-in-this-tab-7f3a');
    expect((await storageOf(page)).marker).toBe('only-in-this-tab-7f3a');
    await expectRow(page, 'storage-stored', '/lab/tabs');
  });

  test('scope: a new tab shares the server session and the cookie, but starts with empty sessionStorage, also from a target=_blank link', async ({
    page,
    context,
  }) => {
    await addToCart(page, 'Croissant');
    const mine = await sessionOf(page.request);
    expect((await storageOf(page))['lab:cart']).toBeDefined();

    const newTab = await context.newPage();
    await newTab.goto('/shop');
    expect((await sessionOf(newTab.request)).id).toBe(mine.id);
    await expect(newTab.getByTestId('in-cart-croissant')).toHaveText('In your cart: 1');
    expect(await newTab.evaluate(() => document.cookie)).toContain('lab_cart=');
    expect(await storageOf(newTab)).toEqual({});

    const [linked] = await Promise.all([
      context.waitForEvent('page'),
      page.evaluate(() => {
        const link = Object.assign(document.createElement('a'), { href: '/compare', target: '_blank', textContent: 'open' });
        document.body.append(link);
        link.click();
      }),
    ]);
    await linked.waitForLoadState();
    expect(await storageOf(linked)).toEqual({});
    await expectRow(page, 'storage-scope', '/lab/tabs');
  });

  test('lifetime: sessionStorage survives a reload and ends with its tab, while the browser and the server session go on', async ({
    page,
    context,
  }) => {
    await page.goto('/compare');
    await page.evaluate(() => sessionStorage.setItem('draft', 'kept across reloads'));
    await page.reload();
    expect((await storageOf(page)).draft).toBe('kept across reloads');
    const mine = await sessionOf(page.request);

    // A copy in a window.open tab outlives the tab that made it; then close that one too.
    const [popup] = await Promise.all([context.waitForEvent('page'), page.evaluate(() => void window.open('/compare'))]);
    await popup.waitForLoadState();
    await page.close();
    expect((await storageOf(popup)).draft).toBe('kept across reloads');
    await popup.close();

    const later = await context.newPage();
    await later.goto('/compare');
    expect(await storageOf(later)).toEqual({});
    expect((await sessionOf(later.request)).id).toBe(mine.id);
    await expectRow(later, 'storage-lifetime', '/lab/lifetime');
  });

  test('shared between tabs: window.open copies sessionStorage, then the tabs diverge; the server session is one for both', async ({
    page,
    context,
  }) => {
    await page.goto('/compare');
    await page.evaluate(() => sessionStorage.setItem('note', 'one'));
    const [popup] = await Promise.all([context.waitForEvent('page'), page.evaluate(() => void window.open('/compare'))]);
    await popup.waitForLoadState();
    expect((await storageOf(popup)).note).toBe('one');
    await popup.evaluate(() => sessionStorage.setItem('note', 'two'));
    expect((await storageOf(page)).note).toBe('one');

    // The popup changes the server session; the first tab sees it at once.
    const token = await csrfToken(popup.request);
    const added = await popup.evaluate(
      (token) =>
        fetch('/api/cart/items', {
          method: 'POST',
          headers: { 'X-CSRF-Token': token, 'Content-Type': 'application/json' },
          body: JSON.stringify({ productId: 'honey' }),
        }).then((r) => r.status),
      token,
    );
    expect(added).toBe(200);
    const seenByFirst = await page.evaluate(() => fetch('/api/cart').then((r) => r.json()));
    expect(seenByFirst.cart.items).toMatchObject([{ productId: 'honey', quantity: 1 }]);
    await expectRow(page, 'storage-sharing', '/lab/tabs');
  });

  test('security: any script on the page reads all of sessionStorage', async ({ page }) => {
    await addToCart(page, 'Notebook');
    await page.evaluate(() => sessionStorage.setItem('token', 'never-put-secrets-here'));
    const read = await page.evaluate(() =>
      Object.fromEntries(Object.keys(sessionStorage).map((key) => [key, sessionStorage.getItem(key)])),
    );
    expect(read).toEqual({ 'lab:cart': JSON.stringify([{ productId: 'notebook', quantity: 1 }]), token: 'never-put-secrets-here' });
    await expectRow(page, 'storage-security', '/lab/security');
  });

  test('typical uses: a copy of the login in sessionStorage and a cookie goes stale at logout; the server session is the truth', async ({
    page,
    context,
  }) => {
    await loginWithForm(page, ALICE);
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible();
    expect((await sessionOf(page.request)).attributes.userId).toBeUndefined();
    expect(JSON.parse((await storageOf(page))['lab:user']!)).toEqual({ name: 'Alice', role: 'user' });
    expect((await context.cookies()).some((cookie) => cookie.name === 'lab_user')).toBe(true);
    await expectRow(page, 'storage-uses', '/lab/lifetime');
  });
});

test('the corrections under the tables each link to their proof', async ({ page }) => {
  await page.goto('/compare');
  const proofs = {
    'fix-1': '/lab/lifetime',
    'fix-2': '/lab/tabs',
    'fix-3': '/lab/security',
    'fix-4': '/lab/lifetime',
    'fix-5': '/lab/security',
  };
  for (const [fix, lab] of Object.entries(proofs)) {
    await expect(page.getByTestId(fix).getByRole('link')).toHaveAttribute('href', lab);
  }
  await expect(page.getByTestId('fix-1')).toContainText('It is cleared when its tab closes.');
});
