import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type BrowserType, type Page } from '@playwright/test';
import { chromiumExecutable } from './support/chromium';
import { readyFromEventStream, tabStorage } from './support/browser-stores';
import { MAIN_PORT } from './support/server';
import { SESSION_COOKIE } from './support/session-cookie';
import { sessionOf } from './support/auth';

const baseURL = `http://127.0.0.1:${MAIN_PORT}`;

async function setIdleTimeout(page: Page, seconds: number) {
  await page.getByRole('combobox', { name: 'Idle timeout for this session' }).selectOption(String(seconds));
  await page.getByRole('button', { name: 'Set the idle timeout' }).click();
  await expect(page.getByRole('status').filter({ hasText: `ends after ${seconds} seconds` })).toBeVisible();
}

async function saveNote(page: Page, note: string) {
  await page.goto('/lab/tabs');
  await page.getByRole('textbox', { name: 'Note' }).fill(note);
  await page.getByRole('button', { name: 'Save the note in all three' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${note}”` })).toBeVisible();
}

test.describe('the lifetime lab', () => {
  test('an idle timeout of 10 s ends the session while two tabs watch; the next request starts a new one', async ({ page, context }) => {
    test.slow();
    await page.goto('/lab/lifetime');
    const before = (await page.getByTestId('lab-fingerprint').textContent())!;
    const dashboard = await context.newPage();
    await dashboard.goto('/');
    await expect(dashboard.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
    await setIdleTimeout(page, 10);
    await expect(page.getByTestId('lab-idle-timeout')).toHaveText('10 s');
    // The other tab's countdown follows the new deadline without a request of its own.
    await expect(dashboard.getByRole('region', { name: 'Server session' }).getByRole('timer').first()).toHaveAttribute(
      'data-remaining-ms',
      /^\d{1,4}$/,
      { timeout: 8_000 },
    );

    for (const tab of [page, dashboard]) {
      await expect(tab.getByRole('alert').filter({ hasText: 'The server ended this session' })).toContainText(
        'The server ended this session: nothing was requested for longer than its idle timeout.',
        { timeout: 20_000 },
      );
    }
    await expect(dashboard.getByRole('log')).toContainText('Expired: idle longer than its timeout');

    await page.getByRole('link', { name: 'Start a new session' }).click();
    await expect(page.getByTestId('lab-fingerprint')).not.toHaveText(before);
    await expect(page.getByTestId('lab-is-new')).toHaveText('yes');
    await expect(page.getByTestId('previous-session-note')).toContainText(`Session ${before} is gone for good.`);
  });

  test("a new idle timeout shows its deadline as soon as the server confirms it, not at the stream's next check", async ({ page }) => {
    await page.goto('/lab/lifetime');
    const countdown = page.getByRole('region', { name: '1. Shorten the idle timeout and watch the session end' }).getByRole('timer');
    // The stream is live and the countdown follows it: about 30 minutes left.
    await expect(countdown).toHaveAttribute('data-live', 'true');
    await setIdleTimeout(page, 30);
    await expect(page.getByTestId('lab-idle-timeout')).toHaveText('30 s');
    // Read once, no retrying: right beside "30 s" the countdown must already count down from about 30 s,
    // not from the old deadline 30 minutes away. (The margin is the page's own clock estimate, not speed.)
    expect(Number(await countdown.getAttribute('data-remaining-ms'))).toBeLessThan(60_000);
  });

  test('watching the session does not keep it alive: an open event stream never touches it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
    await page.waitForTimeout(1_500); // let the page's own start-up requests (link prefetches) finish
    const first = await readyFromEventStream(page);
    await page.waitForTimeout(2_500);
    const second = await readyFromEventStream(page);
    expect(second.session).toBe(first.session);
    expect(second.idleExpiresAt).toBe(first.idleExpiresAt);
  });

  test('the form refuses a timeout the API would refuse, and changes nothing', async ({ page }) => {
    await page.goto('/lab/lifetime');
    await page.getByRole('combobox', { name: 'Idle timeout for this session' }).evaluate((select: HTMLSelectElement) => {
      select.options[0]!.value = '5';
    });
    await page.getByRole('button', { name: 'Set the idle timeout' }).click();
    await expect(page.getByText('Choose one of the offered timeouts.').first()).toBeVisible();
    const session = await sessionOf(page.request);
    expect(session.maxInactiveInterval).toBe(1800);
  });

  test.describe('a browser restart', () => {
    const profile = '.e2e/lifetime-profile';
    let context: BrowserContext | undefined;
    test.afterEach(async () => {
      await context?.close();
      rmSync(profile, { recursive: true, force: true });
    });

    async function launch(playwright: { chromium: BrowserType }, restore: boolean) {
      if (restore) {
        // Chromium's "Continue where you left off" (chrome://settings/onStartup).
        const path = `${profile}/Default/Preferences`;
        const preferences = JSON.parse(readFileSync(path, 'utf8'));
        writeFileSync(path, JSON.stringify({ ...preferences, session: { ...preferences.session, restore_on_startup: 1 } }));
      }
      context = await playwright.chromium.launchPersistentContext(profile, {
        executablePath: chromiumExecutable(),
        baseURL,
        // Without the about:blank Playwright adds, the browser opens what it restores.
        ignoreDefaultArgs: ['about:blank'],
      });
      return context;
    }

    test('plain restart: the session cookie and sessionStorage are gone, the Max-Age cookie and localStorage stay', async ({
      playwright,
    }) => {
      rmSync(profile, { recursive: true, force: true });
      let browser = await launch(playwright, false);
      const page = browser.pages()[0] ?? (await browser.newPage());
      await saveNote(page, 'restart');
      const before = (await browser.cookies()).map((c) => c.name).sort();
      expect(before).toEqual([SESSION_COOKIE, 'lab_note']);
      await browser.close();

      browser = await launch(playwright, false);
      expect((await browser.cookies()).map((c) => c.name)).toEqual(['lab_note']);
      const again = browser.pages()[0] ?? (await browser.newPage());
      await again.goto('/lab/tabs');
      expect(await tabStorage(again)).toEqual({});
      await expect(again.getByTestId('note-cookie')).toHaveText('restart');
      await expect(again.getByTestId('note-local')).toHaveText('restart'); // localStorage has no expiry
      await expect(again.getByTestId('note-server')).toHaveText('(nothing)'); // a new session
    });

    test('"Continue where you left off" restores the session cookie and sessionStorage, so only the server\'s timeout ends the session', async ({
      playwright,
    }) => {
      test.slow();
      rmSync(profile, { recursive: true, force: true });
      let browser = await launch(playwright, false);
      let page = browser.pages()[0] ?? (await browser.newPage());
      await saveNote(page, 'restored');
      await page.goto('/lab/lifetime');
      const fingerprint = (await page.getByTestId('lab-fingerprint').textContent())!;
      await page.goto('/lab/tabs');
      await browser.close();

      browser = await launch(playwright, true);
      page = browser.pages().find((p) => p.url().startsWith(baseURL))!;
      expect(page, 'the tab was restored').toBeDefined();
      expect((await browser.cookies()).map((c) => c.name).sort()).toEqual([SESSION_COOKIE, 'lab_note']);
      expect(await tabStorage(page)).toEqual({ 'lab:note': 'restored' });
      await page.goto('/lab/lifetime');
      await expect(page.getByTestId('lab-fingerprint')).toHaveText(fingerprint); // the same server session survived
      await setIdleTimeout(page, 10);
      await page.goto('about:blank');
      await browser.close();

      await new Promise((resolve) => setTimeout(resolve, 11_000));
      browser = await launch(playwright, true);
      expect((await browser.cookies()).map((c) => c.name)).toContain(SESSION_COOKIE); // the browser still has the cookie...
      page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto('/lab/lifetime');
      await expect(page.getByTestId('lab-fingerprint')).not.toHaveText(fingerprint); // ...but the server ended the session
      await expect(page.getByTestId('lab-is-new')).toHaveText('yes');
    });
  });
});
