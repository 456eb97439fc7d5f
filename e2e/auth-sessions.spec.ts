import { expect, test } from '@playwright/test';
import { ADMIN, ALICE, sessionOf, signedInBrowser } from './support/auth';

test.describe('my sessions, other users, and the admin list', () => {
  test("two browsers as two users never see each other's data", async ({ browser }) => {
    const alice = await signedInBrowser(browser, ALICE);
    const admin = await signedInBrowser(browser, ADMIN);
    try {
      const aliceSession = await sessionOf(alice.context.request);
      const adminSession = await sessionOf(admin.context.request);
      expect(aliceSession.attributes).toMatchObject({ userId: 'alice', role: 'user' });
      expect(adminSession.attributes).toMatchObject({ userId: 'admin', role: 'admin' });
      expect(aliceSession.id).not.toBe(adminSession.id);

      const aliceList = (await (await alice.context.request.get('/api/sessions')).json()).sessions as { id: string }[];
      const adminList = (await (await admin.context.request.get('/api/sessions')).json()).sessions as { id: string }[];
      expect(aliceList.map((s) => s.id)).toContain(aliceSession.id);
      expect(adminList.map((s) => s.id)).toContain(adminSession.id);
      // Other tests sign in as the same users meanwhile; what matters is that the lists never overlap.
      expect(aliceList.filter((s) => adminList.some((t) => t.id === s.id))).toEqual([]);

      await alice.page.goto('/sessions');
      await expect(alice.page.getByTestId('signed-in-user')).toHaveText('Logged in as Alice');
      await expect(alice.page.getByRole('main')).not.toContainText(adminSession.id);
      await expect(alice.page.getByRole('main')).not.toContainText(adminSession.attributes.csrfToken);
      await admin.page.goto('/sessions');
      await expect(admin.page.getByTestId('signed-in-user')).toHaveText('Logged in as Admin');
      await expect(admin.page.getByRole('main')).not.toContainText(aliceSession.id);

      // Alice cannot end the admin's session: it answers as if it did not exist.
      const token = aliceSession.attributes.csrfToken;
      const attempt = await alice.context.request.delete(`/api/sessions/${adminSession.id}`, { headers: { 'X-CSRF-Token': token } });
      expect(attempt.status()).toBe(404);
      expect((await attempt.json()).error.code).toBe('unknown_session');
      expect((await sessionOf(admin.context.request)).attributes.userId).toBe('admin');
    } finally {
      await alice.context.close();
      await admin.context.close();
    }
  });

  test('revoking a session from /sessions signs that browser out on its next request', async ({ browser }) => {
    const laptop = await signedInBrowser(browser, ALICE);
    const library = await signedInBrowser(browser, ALICE, {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    });
    try {
      const libraryId = (await sessionOf(library.context.request)).id;
      const laptopId = (await sessionOf(laptop.context.request)).id;
      await laptop.page.goto('/sessions');
      await expect(laptop.page.getByTestId(`session-row-${laptopId}`)).toContainText('This one');
      const row = laptop.page.getByTestId(`session-row-${libraryId}`);
      await expect(row).toContainText('Safari on iPhone');
      await row.getByRole('button', { name: new RegExp(`^End session ${libraryId}`) }).click();
      await expect(laptop.page.getByRole('status')).toContainText(`Session ${libraryId} has ended.`);
      await expect(row).toHaveCount(0);
      await expect(laptop.page.getByTestId('signed-in-user')).toHaveText('Logged in as Alice');

      await library.page.reload();
      await expect(library.page.getByRole('link', { name: 'Log in' })).toBeVisible();
      await expect(library.page.getByRole('button', { name: 'Log out' })).toHaveCount(0);
      expect((await sessionOf(library.context.request)).attributes.userId).toBeUndefined();
    } finally {
      await laptop.context.close();
      await library.context.close();
    }
  });

  test('a session revoked from another device: every open page of it, header included, says it ended, without a reload', async ({
    browser,
  }) => {
    const laptop = await signedInBrowser(browser, ALICE);
    const library = await signedInBrowser(browser, ALICE);
    try {
      const libraryId = (await sessionOf(library.context.request)).id;
      await library.page.goto('/');
      const shop = await library.context.newPage();
      await shop.goto('/shop');
      for (const page of [library.page, shop]) await expect(page.getByTestId('signed-in-user')).toHaveText('Logged in as Alice');
      await laptop.page.goto('/sessions');
      await laptop.page
        .getByTestId(`session-row-${libraryId}`)
        .getByRole('button', { name: new RegExp(`^End session ${libraryId}`) })
        .click();
      await expect(library.page.getByRole('alert').filter({ hasText: 'This session was ended on the server' })).toBeVisible();
      for (const page of [library.page, shop]) {
        await expect(page.getByTestId('signed-out-ended')).toHaveText('Logged out: the session ended');
        await expect(page.getByTestId('signed-in-user')).toHaveCount(0);
        await expect(page.getByRole('button', { name: 'Log out' })).toHaveCount(0);
        await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible();
      }
      // Logging in again in the same tab, without a reload: the header follows the new session.
      await shop.getByRole('link', { name: 'Log in' }).click();
      await shop.getByLabel('Username').fill(ALICE.username);
      await shop.getByLabel('Password').fill(ALICE.password);
      await shop.getByRole('button', { name: 'Log in' }).click();
      await expect(shop.getByTestId('signed-in-user')).toHaveText('Logged in as Alice');
      await expect(shop.getByTestId('signed-out-ended')).toHaveCount(0);
    } finally {
      await laptop.context.close();
      await library.context.close();
    }
  });

  test('on a phone, /sessions and /admin/sessions are cards: every End button is on screen, nothing scrolls sideways', async ({
    browser,
  }) => {
    const phone = { viewport: { width: 390, height: 844 } };
    const other = await signedInBrowser(browser, ALICE);
    const alice = await signedInBrowser(browser, ALICE, phone);
    const admin = await signedInBrowser(browser, ADMIN, phone);
    try {
      const otherId = (await sessionOf(other.context.request)).id;
      for (const [page, path, button] of [
        [alice.page, '/sessions', 'End session'],
        [admin.page, '/admin/sessions', 'End session'],
      ] as const) {
        await page.goto(path);
        const control = page.getByTestId(`session-row-${otherId}`).getByRole('button', { name: new RegExp(`^${button} ${otherId}`) });
        const box = (await control.boundingBox())!;
        expect(box.x, `${path}: the button starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${path}: the button ends on screen`).toBeLessThanOrEqual(390);
        // No frame scrolls sideways: every table fits its box.
        const overflowing = await page.evaluate(
          () =>
            [...document.querySelectorAll('table')].filter((table) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth)
              .length,
        );
        expect(overflowing, path).toBe(0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      }
    } finally {
      await Promise.all([other.context.close(), alice.context.close(), admin.context.close()]);
    }
  });

  test('the admin page is 403 for alice, a login for strangers, and the full list for admins', async ({ browser, page }) => {
    const stranger = await page.goto('/admin/sessions');
    expect(stranger?.status()).toBe(200);
    await expect(page).toHaveURL('/login?next=/admin/sessions');

    const alice = await signedInBrowser(browser, ALICE);
    const admin = await signedInBrowser(browser, ADMIN);
    try {
      const refused = await alice.page.goto('/admin/sessions');
      expect(refused?.status()).toBe(403);
      await expect(alice.page.getByRole('heading', { name: 'Admins only' })).toBeVisible();
      await expect(alice.page.getByRole('link', { name: 'Admin' })).toHaveCount(0);

      const aliceSession = await sessionOf(alice.context.request);
      await admin.page.getByRole('link', { name: 'Admin' }).click();
      await expect(admin.page.getByRole('heading', { name: 'All sessions' })).toBeVisible();
      const row = admin.page.getByTestId(`session-row-${aliceSession.id}`);
      await expect(row).toContainText('Alice (user)');
      await expect(row).toContainText(/csrfToken: \d+ B/);
      // Sizes only: another user's token and cart never reach the admin's page.
      expect(await admin.page.content()).not.toContain(aliceSession.attributes.csrfToken);

      await row.getByRole('button', { name: `End session ${aliceSession.id}` }).click();
      await expect(admin.page.getByRole('status')).toContainText(`Session ${aliceSession.id} has ended.`);
      await alice.page.goto('/');
      await expect(alice.page.getByRole('link', { name: 'Log in' })).toBeVisible();
    } finally {
      await alice.context.close();
      await admin.context.close();
    }
  });
  test('on a 1024×768 projector each attribute of the admin list stays on one line, and the list fits without scrolling sideways', async ({
    browser,
  }) => {
    const admin = await signedInBrowser(browser, ADMIN, { viewport: { width: 1024, height: 768 } });
    try {
      await admin.page.goto('/admin/sessions');
      const lines = admin.page.getByRole('table', { name: 'Live sessions on this server' }).locator('td ul li');
      await expect(lines.filter({ hasText: 'authenticatedAt: 13 B' }).first()).toBeVisible();
      const split = await lines.evaluateAll((items) =>
        items
          .filter((item) => item.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(item).lineHeight))
          .map((item) => item.textContent),
      );
      expect(split).toEqual([]);
      expect(
        await admin.page.evaluate(
          () =>
            [...document.querySelectorAll('table')].filter((table) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth)
              .length,
        ),
      ).toBe(0);
    } finally {
      await admin.context.close();
    }
  });
});
