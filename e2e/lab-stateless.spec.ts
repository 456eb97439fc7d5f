import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { unsealData } from 'iron-session';
import { statelessPassword } from '../lib/stateless/password';
import { ALICE, loginWithForm, sessionOf, signedInBrowser } from './support/auth';
import { TEST_SECRET } from './support/server';
import { realSessionId, sessionCookie, SESSION_COOKIE } from './support/session-cookie';

const STATELESS = 'lab_stateless';

const statelessCookie = async (context: BrowserContext) => (await context.cookies()).find((cookie) => cookie.name === STATELESS);

/** What GET /api/lab/stateless says: the server's view and the stateless cookie's. */
async function labView(context: BrowserContext) {
  return (await (await context.request.get('/api/lab/stateless')).json()) as {
    server: { user: { name: string } | null; raceCartCount: number; noteBytes: number };
    stateless: { user: { name: string } | null; raceCartCount: number; noteBytes: number; cookieBytes: number; expiresAt: string | null };
  };
}

/** Logs in to our app, then presses the lab's button that signs the stateless cookie in too. */
async function signInToBoth(page: Page) {
  await loginWithForm(page, ALICE);
  await page.goto('/lab/stateless');
  await page.getByRole('button', { name: 'Log in to the stateless demo as Alice' }).click();
  await expect(page.getByTestId('stateless-sign-in-result')).toHaveText('The stateless cookie now says you are Alice.');
  await expect(page.getByTestId('row-signed-in-stateless')).toHaveText('Alice');
}

test.describe('stateful vs stateless lab', () => {
  test('the stateless cookie carries the data itself, sealed and HttpOnly; ours carries only an ID', async ({ page, context }) => {
    await signInToBoth(page);
    const stateless = (await statelessCookie(context))!;
    expect(stateless).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
    // Opened with the key derived from the server's secret: the user is inside the cookie.
    const inside = await unsealData<{ user?: { id: string } }>(stateless.value, { password: statelessPassword(TEST_SECRET), ttl: 3600 });
    expect(inside.user).toMatchObject({ id: 'alice', name: 'Alice', role: 'user' });
    // Ours opens to a bare 256-bit ID: the user and cart are on the server.
    expect(await realSessionId((await sessionCookie(context))!.value)).toMatch(/^[\w-]{43}$/);
    // Page scripts see neither.
    const readable = await page.evaluate(() => document.cookie);
    expect(readable).not.toContain(STATELESS);
    expect(readable).not.toContain(SESSION_COOKIE);
  });

  test('GET /api/lab/stateless/session answers the user, cart and language of our session, from the cookie alone', async ({
    page,
    context,
  }) => {
    const stateless = () => context.request.get('/api/lab/stateless/session');
    // Before the stateless sign-in the cookie holds nothing.
    expect((await (await stateless()).json()).session).toMatchObject({ user: null, cart: [], language: null });
    await loginWithForm(page, ALICE);
    const token = (await sessionOf(context.request)).attributes.csrfToken;
    const headers = { 'X-CSRF-Token': token };
    await context.request.post('/api/cart/items', { headers, data: { productId: 'green-tea', quantity: 2 } });
    await context.request.put('/api/language', { headers, data: { language: 'ko' } });
    // The page's "sign in to both" button (its label is in Korean now), through its endpoint.
    expect((await context.request.post('/api/lab/stateless/login', { headers })).status()).toBe(200);

    const ours = (await sessionOf(context.request)).attributes;
    const response = await stateless();
    expect(response.headers()['cache-control']).toBe('no-store');
    const { session } = await response.json();
    expect(session.user).toMatchObject({ id: 'alice', name: 'Alice', role: 'user' });
    expect(session.cart).toEqual(ours.cart);
    expect(session.cart).toEqual([{ productId: 'green-tea', quantity: 2 }]);
    expect(session.language).toBe('ko');
    // A forged cookie reads as empty, never as an error.
    const forged = await context.request.get('/api/lab/stateless/session', { headers: { cookie: `${STATELESS}=Fe26.2*1*forged` } });
    expect(forged.status()).toBe(200);
    expect((await forged.json()).session.user).toBeNull();
  });

  test('after logout a copy of the stateless cookie still signs in; a copy of ours opens nothing', async ({ page, context, browser }) => {
    await signInToBoth(page);
    const copies = (await context.cookies()).filter((cookie) => cookie.name === STATELESS || cookie.name === SESSION_COOKIE);
    expect(copies).toHaveLength(2);

    await page.getByRole('button', { name: 'Log out of both and replay the copies' }).click();
    await expect(page.getByTestId('replay-ours')).toHaveText('Our cookie, replayed: opens nothing. The session was deleted on the server.');
    await expect(page.getByTestId('replay-stateless')).toContainText('Stateless cookie, replayed: still logged in as Alice, until');
    // This browser dropped both cookies when it logged out.
    expect(await statelessCookie(context)).toBeUndefined();
    await expect(page.getByRole('link', { name: 'Log in' }).first()).toBeVisible();

    // Someone else replays the copies, from a browser of their own.
    const thief = await browser.newContext();
    await thief.addCookies(copies);
    const ours = await sessionOf(thief.request);
    expect(ours.isNew).toBe(true);
    expect(ours.attributes.userId).toBeUndefined();
    const seen = await labView(thief);
    expect(seen.stateless.user?.name).toBe('Alice');
    expect(Date.parse(seen.stateless.expiresAt!)).toBeGreaterThan(Date.now());
    expect(seen.server.user).toBeNull();
    await thief.close();
  });

  test('from another device our session can be revoked; the stateless login cannot', async ({ browser }) => {
    const libraryContext = await browser.newContext();
    const library = { context: libraryContext, page: await libraryContext.newPage() };
    const home = await signedInBrowser(browser, ALICE);
    try {
      await signInToBoth(library.page);
      const libraryId = (await sessionOf(library.context.request)).id;

      await home.page.goto('/lab/stateless');
      const count = Number((await home.page.getByTestId('revoke-count').textContent())?.match(/(\d+)\.$/)?.[1]);
      expect(count).toBeGreaterThanOrEqual(2);
      await home.page.getByRole('link', { name: 'Open My sessions' }).click();
      await home.page
        .getByTestId(`session-row-${libraryId}`)
        .getByRole('button', { name: new RegExp(`^End session ${libraryId}`) })
        .click();
      await expect(home.page.getByRole('status')).toContainText(`Session ${libraryId} has ended.`);

      // The library computer: our session is gone, the stateless cookie still says Alice.
      const seen = await labView(library.context);
      expect(seen.server.user).toBeNull();
      expect(seen.stateless.user?.name).toBe('Alice');
      await library.page.goto('/lab/stateless');
      await expect(library.page.getByTestId('row-signed-in-ours')).toHaveText('nobody');
      await expect(library.page.getByTestId('row-signed-in-stateless')).toHaveText('Alice');
    } finally {
      await library.context.close();
      await home.context.close();
    }
  });

  test('iron-session refuses a cookie past 4096 bytes while the server store takes the same data', async ({ page, context }) => {
    await page.goto('/lab/stateless');
    const store = page.getByRole('button', { name: 'Store the note in both' });
    await expect(store).toBeEnabled();

    await page.getByLabel('Size of the note').selectOption('3072');
    await store.click();
    await expect(page.getByTestId('size-server')).toHaveText('Server session: stored 3072 bytes in the labStatelessNote attribute.');
    await expect(page.getByTestId('size-cookie')).toContainText(
      'Stateless cookie: refused. iron-session said: “iron-session: Cookie length is too big (',
    );
    let seen = await labView(context);
    expect(seen.server.noteBytes).toBe(3072);
    expect(seen.stateless.noteBytes).toBe(0);

    await page.getByLabel('Size of the note').selectOption('2048');
    await store.click();
    await expect(page.getByTestId('size-cookie')).toContainText('Stateless cookie: stored. The cookie is now');
    seen = await labView(context);
    expect(seen.stateless.noteBytes).toBe(2048);
    const size = (await statelessCookie(context))!.value.length;
    expect(size).toBeGreaterThan(2048);
    expect(size).toBeLessThan(4096);

    await page.getByRole('button', { name: 'Remove the note from both' }).click();
    await expect(page.getByTestId('size-result')).toHaveText('The note is gone from both.');
    seen = await labView(context);
    expect([seen.server.noteBytes, seen.stateless.noteBytes]).toEqual([0, 0]);
  });

  test('parallel writes to a cart held in the cookie lose items; the server store loses none', async ({ page, context }) => {
    await page.goto('/lab/stateless');
    const race = page.getByRole('button', { name: 'Add one pencil per request, all at once, to each cart' });
    await expect(race).toBeEnabled();
    await page.getByLabel('Requests at once').selectOption('10');
    await race.click();
    await expect(page.getByTestId('race-server')).toHaveText('Cart in our server session: sent 10, kept 10, lost 0.');
    const keptInCookie = Number(await page.getByTestId('race-cookie').getAttribute('data-kept'));
    expect(keptInCookie).toBeGreaterThanOrEqual(1);
    expect(keptInCookie).toBeLessThan(10);
    await expect(page.getByTestId('race-cookie')).toHaveText(
      `Cart in the stateless cookie: sent 10, kept ${keptInCookie}, lost ${10 - keptInCookie}.`,
    );
    const seen = await labView(context);
    expect([seen.stateless.raceCartCount, seen.server.raceCartCount]).toEqual([keptInCookie, 10]);
  });

  test('two real tabs adding at the same moment: the cookie cart loses writes, the server cart keeps all 10', async ({ context }) => {
    const [tabA, tabB, starter] = [await context.newPage(), await context.newPage(), await context.newPage()];
    for (const tab of [tabA, tabB, starter]) await tab.goto('/lab/stateless');
    const token = (await sessionOf(context.request)).attributes.csrfToken;
    await context.request.delete('/api/lab/stateless/race', { headers: { 'X-CSRF-Token': token } });
    /** Arms a tab: on the starter's signal it sends five "add a pencil" requests to `store` at once. */
    const armed = (tab: Page, store: string) =>
      tab.evaluate(
        ([store, token]) =>
          new Promise<number[]>((resolve) => {
            const channel = new BroadcastChannel('race-test');
            channel.onmessage = () => {
              channel.close();
              const add = () =>
                fetch('/api/lab/stateless/race', {
                  method: 'POST',
                  headers: { 'X-CSRF-Token': token!, 'Content-Type': 'application/json' },
                  body: JSON.stringify({ store }),
                }).then((response) => response.status);
              void Promise.all([add(), add(), add(), add(), add()]).then(resolve);
            };
          }),
        [store, token],
      );
    const fire = () => starter.evaluate(() => new BroadcastChannel('race-test').postMessage('go'));
    // Both tabs send before either answer is back, as two clicks in the same instant would.
    for (const store of ['cookie', 'server']) {
      const statuses = Promise.all([armed(tabA, store), armed(tabB, store)]);
      await tabA.waitForTimeout(100); // both listeners are in place
      await fire();
      expect((await statuses).flat()).toEqual(Array(10).fill(200));
    }
    const seen = await labView(context);
    expect(seen.server.raceCartCount).toBe(10);
    expect(seen.stateless.raceCartCount).toBeGreaterThanOrEqual(1);
    expect(seen.stateless.raceCartCount).toBeLessThan(10);
  });
});
