import { expect, test, type Page } from '@playwright/test';
import { loginWithForm } from './support/auth';
import { startServer, testPort, type RunningServer } from './support/server';
import { SESSION_COOKIE, sessionCookie } from './support/session-cookie';

/** The wire view's entry for one request (newest first, so `.first()` is the latest such request). */
function entry(page: Page, filter: { method?: string; path: string; step?: string }) {
  let selector = `[data-testid="wire-entry"][data-path="${filter.path}"]`;
  if (filter.method) selector += `[data-method="${filter.method}"]`;
  if (filter.step) selector += `[data-steps~="${filter.step}"]`;
  return page.locator(selector).first();
}

test.describe('the wire view', () => {
  test('the first request carries no cookie and gets the session cookie, HttpOnly; the next one carries it back', async ({ page }) => {
    await page.goto('/');
    await page.goto('/wire');
    const first = entry(page, { method: 'GET', path: '/', step: 'noCookie' });
    await expect(first).toHaveAttribute('data-steps', 'noCookie setCookie');
    await expect(first.getByTestId('wire-sent')).toHaveText('no cookies');
    const set = first.locator(`[data-cookie="${SESSION_COOKIE}"]`);
    await expect(set).toHaveAttribute('data-attributes', /HttpOnly/);
    await expect(set).toHaveAttribute('data-deletes', 'false');
    await expect(first.getByText('No cookie yet: the server made a session')).toBeVisible();
    await expect(first.getByText('Set-Cookie: the ID goes to your browser')).toBeVisible();

    // This page's own request carried the cookie back: name, size, and the sealed value shortened.
    const cookie = (await sessionCookie(page.context()))!;
    const next = entry(page, { method: 'GET', path: '/wire' });
    await expect(next).toHaveAttribute('data-steps', 'sentBack');
    await expect(next.getByText('Your browser sent the ID back; the server found your session')).toBeVisible();
    const sent = next.getByTestId('wire-sent');
    await expect(sent).toContainText(
      `${SESSION_COOKIE} (${SESSION_COOKIE.length + 1 + cookie.value.length} B, ${cookie.value.slice(0, 14)}…`,
    );
    await expect(sent).not.toContainText(cookie.value);
    // And the page says why the server has to tell.
    await expect(page.getByTestId('wire-why')).toContainText('cannot read a Set-Cookie header');
    await expect(page.getByTestId('wire-why')).toContainText('HttpOnly');
  });

  test('login shows a new ID (rotation) and logout the deletion, live on the dashboard', async ({ page }) => {
    await loginWithForm(page, { username: 'alice', password: 'wonderland', name: 'Alice' });
    await page.goto('/');
    const login = entry(page, { method: 'POST', path: '/login', step: 'rotated' });
    await expect(login).toContainText('Login: new ID (rotation)');
    await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
    await page.getByRole('button', { name: 'Log out' }).click();
    const logout = entry(page, { method: 'POST', path: '/', step: 'deleted' });
    await expect(logout).toContainText('Logout: the cookie is deleted');
  });

  test("a request from a second tab appears in the first tab's view", async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
    const second = await context.newPage();
    await second.goto('/compare');
    await expect(entry(page, { method: 'GET', path: '/compare' })).toHaveAttribute('data-steps', 'sentBack');
  });

  test('each entry marks what was sent and received with the cookie icon, drawn and hidden from screen readers', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await page.goto('/wire');
    // One entry from the page's HTML, one the event stream brings after load.
    await (await context.newPage()).goto('/compare');
    for (const one of [entry(page, { method: 'GET', path: '/' }), entry(page, { method: 'GET', path: '/compare' })]) {
      const labels = one.locator('dt');
      await expect(labels).toHaveText(['→ Cookie sent', '← Set-Cookie received']);
      const icons = labels.locator('svg');
      await expect(icons).toHaveCount(2);
      for (const icon of await icons.all()) {
        await expect(icon).toHaveAttribute('aria-hidden', 'true');
        // The cookie's shapes are drawn, not an empty box: the icon's content has the cookie's size.
        const box = await icon.evaluate((svg: SVGSVGElement) => {
          const { width, height } = svg.getBBox();
          return { width, height };
        });
        expect(box.width).toBeGreaterThan(15);
        expect(box.height).toBeGreaterThan(15);
      }
    }
  });

  test("the dashboard's short list gets only the entries it shows, not every one the server kept", async ({ page }) => {
    await page.goto('/');
    for (let n = 1; n <= 12; n++) await page.request.get(`/probe-${n}-end`);
    // The page's HTML carries the entries it shows (the newest 8), in its markup and in the data React reads.
    const html = await (await page.request.get('/')).text();
    expect(html).toContain('/probe-12-end');
    for (let n = 1; n <= 4; n++) expect(html).not.toContain(`/probe-${n}-end`);
    // All twelve are still kept: the wire view shows them (the earlier ones behind its button).
    await page.goto('/wire');
    await page.getByRole('button', { name: /Show earlier requests/ }).click();
    await expect(entry(page, { path: '/probe-1-end' })).toHaveAttribute('data-status', '404');
  });

  test('the wire view shows the newest ten; a button, by keyboard too, shows the earlier ones and takes the focus to the first of them', async ({
    page,
  }) => {
    await page.goto('/');
    for (let n = 1; n <= 14; n++) await page.request.get(`/probe-${n}-end`);
    await page.goto('/wire');
    await expect(entry(page, { method: 'GET', path: '/wire' })).toBeVisible();
    const entries = page.getByTestId('wire-entry');
    await expect(entries).toHaveCount(10);
    await expect(entry(page, { path: '/probe-14-end' })).toBeVisible();
    await expect(entry(page, { path: '/probe-1-end' })).toHaveCount(0);
    // Not in the HTML either: a phone lays out and hydrates only what it shows.
    const html = await (await page.request.get('/wire')).text();
    expect(html.match(/data-testid="wire-entry"/g)).toHaveLength(10);
    // That fetch is recorded too, and reaches the page with the next batch (up to 50 ms): the list settles first.
    await expect(page.locator('[data-testid="wire-entry"][data-path="/wire"]')).toHaveCount(2);

    const lastShown = await entries.nth(9).getAttribute('data-path');
    const more = page.getByRole('button', { name: /^Show earlier requests \(\d+\)$/ });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more).toHaveCount(0);
    // Everything the server kept, down to the dashboard's first request.
    await expect(entry(page, { path: '/probe-1-end' })).toHaveAttribute('data-status', '404');
    await expect(entries.last()).toHaveAttribute('data-path', '/');
    // The focus is on the first request it revealed, not lost with the button.
    const focused = page.locator('[data-testid="wire-entry"]:focus');
    await expect(focused).toHaveCount(1);
    expect(await focused.evaluate((li) => li.previousElementSibling?.getAttribute('data-path'))).toBe(lastShown);
    // A request from now on still comes in at the top, live.
    await (await page.context().newPage()).goto('/compare');
    await expect(entries.first()).toHaveAttribute('data-path', '/compare');
  });

  test('GET /api/wire: only this session, and no cookie value but the shortened sealed ID', async ({ browser, page, context }) => {
    await page.goto('/');
    await context.addCookies([{ name: 'secret-note', value: 'do-not-echo-me', url: page.url() }]);
    await page.goto('/lab');
    const other = await browser.newContext();
    const stranger = await other.newPage();
    await stranger.goto('/no-such-page-of-the-stranger');
    await stranger.request.get('/api/products');

    const { entries } = await (await page.request.get('/api/wire')).json();
    const { session } = await (await page.request.get('/api/session')).json();
    const strangers = await (await stranger.request.get('/api/wire')).json();
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(new Set(entries.map((e: { session: string }) => e.session))).toEqual(new Set([session.id]));
    expect(entries.map((e: { path: string }) => e.path)).toContain('/lab');
    expect(entries.map((e: { path: string }) => e.path)).not.toContain('/no-such-page-of-the-stranger');
    expect(strangers.entries.map((e: { path: string }) => e.path)).toContain('/no-such-page-of-the-stranger');
    expect(strangers.entries.map((e: { path: string }) => e.path)).not.toContain('/lab');
    const text = JSON.stringify(entries);
    expect(text).toContain('secret-note');
    expect(text).not.toContain('do-not-echo-me');
    const sealed = (await sessionCookie(context))!.value;
    expect(text).not.toContain(sealed);
    expect(text).toContain(sealed.slice(0, 14));
    await other.close();
  });
});

test.describe('the wire view with WIRE_RECORDING=off', () => {
  let server: RunningServer;
  test.beforeAll(async () => {
    server = await startServer({ port: testPort(27), dataDir: '.e2e/wire-off', fresh: true, env: { WIRE_RECORDING: 'off' } });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('says recording is off, on the page, the dashboard and in GET /api/wire, instead of an empty list', async ({ page }) => {
    await page.goto(`${server.url}/`);
    await expect(page.getByTestId('wire-off')).toContainText('Recording is off on this server');
    await page.goto(`${server.url}/wire`);
    await expect(page.getByTestId('wire-off')).toContainText('WIRE_RECORDING=off');
    await expect(page.getByTestId('wire-entry')).toHaveCount(0);
    expect(await (await page.request.get(`${server.url}/api/wire`)).json()).toEqual({ recording: false, entries: [] });
  });
});
