import { expect, test, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { ALICE, csrfToken, loginWithForm } from './support/auth';
import { SESSION_COOKIE } from './support/session-cookie';

/*
 * The other site is this same server by its other loopback name: the tests
 * visit the app as 127.0.0.1 (baseURL), so the other site is localhost. Every
 * assertion about cookies reads what the server recorded (GET
 * /api/lab/cross-site), never what the page claims.
 */

const KINDS = ['link', 'form-get', 'window-open', 'form-post', 'iframe', 'iframe-inner', 'img', 'fetch-no-cors', 'fetch-cors'] as const;
type Kind = (typeof KINDS)[number];
const COLUMNS = [SESSION_COOKIE, 'xs_strict', 'xs_lax', 'xs_none', 'xs_unset', 'xs_chips', 'xs_frame'];

interface View {
  run: string | null;
  otherHost: string | null;
  columns: string[];
  arrivals: Partial<Record<Kind, { cookies: string[]; method: string; fetchSite: string | null }>>;
  signedIn: boolean;
  cartItems: number;
}

async function view(request: APIRequestContext): Promise<View> {
  return (await (await request.get('/api/lab/cross-site')).json()) as View;
}

/** Waits until the server has recorded `kind`, and returns the cookie names it carried. */
async function arrived(request: APIRequestContext, kind: Kind): Promise<string[]> {
  await expect.poll(async () => (await view(request)).arrivals[kind] !== undefined, { message: `the server recorded ${kind}` }).toBe(true);
  return (await view(request)).arrivals[kind]!.cookies;
}

/** Alice on the lab (as 127.0.0.1), demo cookies set; returns the other site's page (as localhost). */
async function openOtherSite(page: Page, context: BrowserContext): Promise<Page> {
  await loginWithForm(page, ALICE);
  await page.goto('/lab/cross-site');
  await page.getByRole('button', { name: 'Set the demo cookies' }).click();
  await expect(page.getByTestId('cookies-set')).toContainText('Demo cookies set at');
  const href = await page.getByTestId('open-other-site').getAttribute('href');
  expect(new URL(href!).hostname).toBe('localhost');
  const other = await context.newPage();
  await other.goto(href!);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Another site');
  return other;
}

const sent = (cookies: string[]) => Object.fromEntries(COLUMNS.map((name) => [name, cookies.includes(name) ? 'sent' : 'withheld']));
const only = (...names: string[]) => Object.fromEntries(COLUMNS.map((name) => [name, names.includes(name) ? 'sent' : 'withheld']));

test.describe('cross-site lab: the same app, seen from another site', () => {
  test('on a 1024×768 projector the result chips are as large as the card’s text (14 px), not a size smaller, and stay in their card', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/lab/cross-site');
    const row = page.getByTestId('row-link');
    const chips = row.locator('[data-testid^="cell-link-"]');
    await expect(chips).toHaveCount(COLUMNS.length);
    const text = await row
      .getByRole('paragraph')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(text).toBeGreaterThanOrEqual(14);
    const sizes = await chips.evaluateAll((cells) => cells.map((cell) => parseFloat(getComputedStyle(cell).fontSize)));
    expect(new Set(sizes)).toEqual(new Set([text]));
    const card = (await row.boundingBox())!;
    for (const box of await chips.evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().toJSON() as DOMRect)))
      expect(box.right).toBeLessThanOrEqual(card.x + card.width);
  });

  test('localhost reaches the server the tests started on 127.0.0.1, and the two are told apart', async ({ page, baseURL }) => {
    const port = new URL(baseURL!).port;
    await page.goto(`http://localhost:${port}/lab/cross-site`);
    await expect(page.getByTestId('other-host')).toHaveText(`127.0.0.1:${port}`);
    await page.goto('/lab/cross-site');
    await expect(page.getByTestId('other-host')).toHaveText(`localhost:${port}`);
  });

  test('no blank line under "Set the demo cookies" before it is used; its status region is there from the start and fills in', async ({
    page,
  }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/lab/cross-site');
      const button = page.getByRole('button', { name: 'Set the demo cookies' });
      const status = page.getByTestId('cookies-set');
      // The live region is in the page before the click (one added with its message would not be announced)...
      await expect(status).toHaveAttribute('role', 'status');
      await expect(status).toHaveAttribute('aria-live', 'polite');
      await expect(status).toBeEmpty();
      // ...but takes no room: under the button comes the next heading, one step's gap (and its own margin) away.
      const heading = page.locator('#matrix');
      const gap = (await heading.boundingBox())!.y - ((await button.boundingBox())!.y + (await button.boundingBox())!.height);
      const expected = await heading.evaluate(
        (el) => parseFloat(getComputedStyle(el.parentElement!).rowGap) + parseFloat(getComputedStyle(el).marginTop),
      );
      expect(gap, `at ${width} px`).toBeCloseTo(expected, 0);
      await button.click();
      await expect(status).toContainText('Demo cookies set at');
      expect((await status.boundingBox())!.height).toBeGreaterThan(0);
      await page.context().clearCookies();
    }
  });

  test('every cell of the matrix, as the server recorded it', async ({ page, context }) => {
    const other = await openOtherSite(page, context);
    const request = page.request;
    const topLevel = only(SESSION_COOKIE, 'xs_lax', 'xs_none', 'xs_unset');

    // A link lands on the lab, signed in: the Lax session cookie came along.
    await other.getByRole('link', { name: 'A link to the app' }).click();
    await expect(other).toHaveURL(/\/lab\/cross-site\?arrived=link/);
    await expect(other.getByTestId('arrived')).toBeVisible();
    await expect(other.getByTestId('signed-in-user')).toHaveText('Logged in as Alice');
    expect(sent(await arrived(request, 'link'))).toEqual(topLevel);

    await other.goBack();
    await other.getByRole('button', { name: 'Send a form (GET)' }).click();
    await expect(other).toHaveURL(/arrived=form-get/);
    expect(sent(await arrived(request, 'form-get'))).toEqual(topLevel);

    await other.goBack();
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      other.getByRole('button', { name: 'Open the app in a new window' }).click(),
    ]);
    await expect(opened).toHaveURL(/arrived=window-open/);
    await opened.close();
    expect(sent(await arrived(request, 'window-open'))).toEqual(topLevel);

    // Background requests before the frame sets its partitioned cookie: nothing goes.
    for (const [button, kind] of [
      ['Load an image from the app', 'img'],
      ['fetch (no-cors)', 'fetch-no-cors'],
      ['fetch (cors)', 'fetch-cors'],
    ] as const) {
      await other.getByRole('button', { name: button }).click();
      expect(sent(await arrived(request, kind)), kind).toEqual(only());
    }

    // The frame: no cookie on its own request; inside it, the Partitioned cookie it set comes back, the plain one was refused.
    await other.getByRole('button', { name: 'Show the app in a frame' }).click();
    expect(sent(await arrived(request, 'iframe'))).toEqual(only());
    expect(sent(await arrived(request, 'iframe-inner'))).toEqual(only('xs_chips'));
    await expect(other.frameLocator('iframe').locator('p')).toHaveText(new URL(page.url()).host);

    // A POST within 2 minutes of setting the cookies: None, and (Chromium's exception) the cookie without SameSite.
    const response = other.waitForResponse((r) => r.url().includes('kind=form-post'));
    await other.getByRole('button', { name: 'Send a form (POST)' }).click();
    expect((await response).status()).toBe(403);
    expect(sent(await arrived(request, 'form-post'))).toEqual(only('xs_none', 'xs_unset'));

    // The partitioned cookie lives under the other site only: a link to our site opened directly does not carry it.
    await other.goto((await page.getByTestId('open-other-site').getAttribute('href'))!);
    await other.getByRole('link', { name: 'A link to the app' }).click();
    await expect(other).toHaveURL(/arrived=link/);
    expect(sent((await view(request)).arrivals.link!.cookies)).toEqual(topLevel);

    // The lab shows the same matrix the server recorded.
    await page.bringToFront();
    for (const kind of KINDS) {
      const cookies = (await view(request)).arrivals[kind]!.cookies;
      for (const name of COLUMNS) {
        await expect(page.getByTestId(`cell-${kind}-${name}`), `${kind} × ${name}`).toHaveAttribute(
          'data-state',
          cookies.includes(name) ? 'sent' : 'withheld',
        );
      }
    }
  });

  test('2 minutes after it was set, the cookie without SameSite stays off a cross-site POST too', async ({ page, context }) => {
    test.setTimeout(200_000);
    const other = await openOtherSite(page, context);
    // Chromium dates a cookie when it is set (not when it is set again with the same value); the lab sets a new value each time.
    await other.waitForTimeout(125_000);
    await other.reload();
    await other.getByRole('button', { name: 'Send a form (POST)' }).click();
    expect(sent(await arrived(page.request, 'form-post'))).toEqual(only('xs_none'));
  });

  test('the forged forms fail: 403, the cart and the login unchanged', async ({ page, context }) => {
    const other = await openOtherSite(page, context);
    const before = await view(page.request);
    expect(before.signedIn).toBe(true);
    for (const name of ['Win a free mug (adds one to your cart)', 'Claim your prize (logs you out)']) {
      const response = other.waitForResponse((r) => r.request().method() === 'POST');
      await other.getByRole('button', { name }).click();
      const answer = await response;
      expect(answer.status(), name).toBe(403);
      expect(await answer.json()).toEqual({ error: { code: 'csrf', message: expect.stringContaining('another site') } });
      await other.goBack();
    }
    const after = await view(page.request);
    expect(after.signedIn).toBe(true);
    expect(after.cartItems).toBe(before.cartItems);
    await page.reload();
    await expect(page.getByTestId('cross-site-status')).toContainText(`Items in your cart now: ${before.cartItems}. Logged in now: yes.`);
  });

  test('only the framed answer may sit in a frame, and only in the other site; the other site is plainly not the app', async ({
    page,
    context,
    request,
    baseURL,
  }) => {
    const other = await openOtherSite(page, context);
    await expect(other.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(other.getByRole('button', { name: 'Log out' })).toHaveCount(0);
    const run = (await view(page.request)).run!;
    const port = new URL(baseURL!).port;
    const frame = await request.get(`/api/lab/cross-site/frame?run=${run}`);
    expect(frame.headers()['x-frame-options']).toBeUndefined();
    expect(frame.headers()['content-security-policy']).toContain(`frame-ancestors http://localhost:${port}`);
    const img = await request.get(`/api/lab/cross-site/arrival?run=${run}&kind=img`);
    expect(img.headers()['x-frame-options']).toBe('DENY');
    const lab = await request.get('/lab/cross-site');
    expect(lab.headers()['x-frame-options']).toBe('DENY');
    expect(lab.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  test('Chromium keeps Secure cookies on plain http by both names', async ({ page, context, baseURL }) => {
    const port = new URL(baseURL!).port;
    for (const host of ['127.0.0.1', 'localhost']) {
      await page.goto(`http://${host}:${port}/lab/cross-site`);
      await page.getByRole('button', { name: 'Set the demo cookies' }).click();
      await expect(page.getByTestId('cookies-set')).toContainText('Demo cookies set at');
      const none = (await context.cookies(`http://${host}:${port}`)).find((cookie) => cookie.name === 'xs_none');
      expect(none, host).toMatchObject({ secure: true, sameSite: 'None' });
    }
  });

  test('bad input to the recorder: a clear error, nothing recorded, no session made', async ({ page, request }) => {
    await page.goto('/lab/cross-site');
    await page.getByRole('button', { name: 'Set the demo cookies' }).click();
    await expect(page.getByTestId('cookies-set')).toContainText('Demo cookies set at');
    const run = (await view(page.request)).run!;
    const unknown = await request.get('/api/lab/cross-site/arrival?run=0123456789abcdef0123456789abcdef&kind=img');
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe('unknown_run');
    for (const path of [`arrival?run=${run}&kind=teapot`, `arrival?run=${run}&kind=iframe`, `frame?run=${run.slice(1)}`]) {
      const bad = await request.get(`/api/lab/cross-site/${path}`);
      expect(bad.status(), path).toBe(400);
      expect((await bad.json()).error.code).toBe('invalid_input');
      expect(bad.headers()['set-cookie']).toBeUndefined();
    }
    expect((await view(page.request)).arrivals).toEqual({});
    // Setting the cookies is a write like any other: without the token, refused.
    const forged = await page.request.post('/api/lab/cross-site', { headers: { 'X-CSRF-Token': 'wrong' } });
    expect(forged.status()).toBe(403);
    expect((await view(page.request)).run).toBe(run);
    expect(await csrfToken(page.request)).toBeTruthy();
  });
});
