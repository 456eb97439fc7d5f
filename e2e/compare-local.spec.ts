import { rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ALICE, loginWithForm, sessionOf } from './support/auth';
import { chromiumExecutable } from './support/chromium';
import { MAIN_PORT } from './support/server';
import { SESSION_COOKIE } from './support/session-cookie';

/*
 * One test per row of /compare's third table, session vs localStorage: each
 * proves its row in a real browser, then checks the row links to its lab.
 */

async function expectRow(page: Page, row: string, lab: string) {
  await page.goto('/compare');
  await expect(page.getByTestId(`row-${row}`).getByRole('link')).toHaveAttribute('href', lab);
}

async function saveNote(page: Page, note: string) {
  await page.getByRole('textbox', { name: 'Note' }).fill(note);
  await page.getByRole('button', { name: 'Save the note in all three' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${note}”` })).toBeVisible();
}

const localOf = (page: Page) => page.evaluate(() => ({ ...localStorage }));

test('stored: localStorage stays in the browser: no request carries it, the server never sees it', async ({ page }) => {
  await page.goto('/compare');
  await page.evaluate(() => localStorage.setItem('marker', 'only-in-this-browser-91c2'));
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.url()} ${JSON.stringify(request.headers())} ${request.postData() ?? ''}`));
  await page.reload();
  await page.evaluate(() => fetch('/api/session').then((r) => r.text()));
  expect(requests.length).toBeGreaterThan(1);
  expect(requests.join('\n')).not.toContain('only-in-this-browser-91c2');
  expect(JSON.stringify(await sessionOf(page.request))).not.toContain('only-in-this-browser-91c2');
  expect((await localOf(page)).marker).toBe('only-in-this-browser-91c2');
  await expectRow(page, 'local-stored', '/lab/tabs');
});

test('shared between tabs: a plain new tab reads the same localStorage, and a write in one tab reaches the other at once', async ({
  page,
  context,
}) => {
  await page.goto('/lab/tabs');
  await saveNote(page, 'fig');
  // A new tab without an opener: its sessionStorage starts empty, its localStorage does not.
  const second = await context.newPage();
  await second.goto('/lab/tabs');
  await expect(second.getByTestId('note-local')).toHaveText('fig');
  await expect(second.getByTestId('note-storage')).toHaveText('(nothing)');

  await saveNote(second, 'pear');
  // The first tab was not reloaded: the storage event brought the new value.
  await expect(page.getByTestId('note-local')).toHaveText('pear');
  await expect(page.getByTestId('note-storage')).toHaveText('fig');
  expect((await localOf(page))['lab:note']).toBe('pear');
  // A script's write alone, with no request and no message between the tabs: the storage event carries it.
  await second.evaluate(() => localStorage.setItem('lab:note', 'plum'));
  await expect(page.getByTestId('note-local')).toHaveText('plum');
  await expectRow(page, 'local-sharing', '/lab/tabs');
});

test.describe('lifetime', () => {
  const profile = '.e2e/compare-local-profile';
  test.afterEach(() => rmSync(profile, { recursive: true, force: true }));

  test('localStorage survives a logout and a browser restart; the session cookie and sessionStorage do not', async ({ playwright }) => {
    rmSync(profile, { recursive: true, force: true });
    const launch = () =>
      playwright.chromium.launchPersistentContext(profile, {
        executablePath: chromiumExecutable(),
        baseURL: `http://127.0.0.1:${MAIN_PORT}`,
      });
    let browser = await launch();
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      await loginWithForm(page, ALICE);
      await page.goto('/lab/tabs');
      await saveNote(page, 'kept');
      await page.getByRole('button', { name: 'Log out' }).click();
      await expect(page.getByRole('link', { name: 'Log in' })).toBeVisible();
      expect((await sessionOf(page.request)).attributes.userId).toBeUndefined();
      expect((await localOf(page))['lab:note']).toBe('kept');
    } finally {
      await browser.close();
    }

    browser = await launch();
    try {
      expect((await browser.cookies()).map((cookie) => cookie.name)).not.toContain(SESSION_COOKIE);
      const again = browser.pages()[0] ?? (await browser.newPage());
      await again.goto('/lab/tabs');
      await expect(again.getByTestId('note-local')).toHaveText('kept');
      await expect(again.getByTestId('note-storage')).toHaveText('(nothing)');
      await expectRow(again, 'local-lifetime', '/lab/lifetime');
    } finally {
      await browser.close();
    }
  });
});
