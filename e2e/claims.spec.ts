import { createServer } from 'node:http';
import { expect, test } from '@playwright/test';
import { testPort } from './support/server';

/*
 * Facts the pages state, checked in this Chromium, next to the page text that
 * states them. (lib/i18n/claims.test.ts checks the three languages say the same.)
 */
test.describe('what the pages claim is what this Chromium does', () => {
  test('__Host- needs Secure, Path=/ and no Domain, and nothing else: HttpOnly and SameSite are our own choices', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByText(/HttpOnly and SameSite=Lax are our own choices, not rules of the prefix/)).toBeVisible();
    const kept = await page.evaluate(() => {
      const tries = {
        // Secure and Path=/ only: no HttpOnly, no SameSite. Kept.
        plain: '__Host-plain=1; Secure; Path=/',
        noSecure: '__Host-noSecure=1; Path=/',
        otherPath: '__Host-otherPath=1; Secure; Path=/lab',
      };
      for (const cookie of Object.values(tries)) document.cookie = cookie;
      const names = document.cookie.split('; ').map((pair) => pair.split('=')[0]);
      const result = Object.fromEntries(Object.keys(tries).map((key) => [key, names.includes(`__Host-${key}`)]));
      document.cookie = '__Host-plain=; Secure; Path=/; Max-Age=0';
      return result;
    });
    // (Not tried here: a Domain attribute. On an IP-address host, this Chromium treats Domain=127.0.0.1
    // as no Domain at all and keeps the cookie, so the rule cannot be shown on loopback.)
    expect(kept).toEqual({ plain: true, noSecure: false, otherPath: false });
  });

  test('a cookie attribute whose value passes 1024 bytes is ignored, and the cookie kept without it', async ({ page }) => {
    await page.goto('/compare');
    await expect(
      page
        .getByText(/each attribute’s value may take at most 1024 bytes: a longer one is ignored, and the cookie is kept without it/)
        .first(),
    ).toBeVisible();
    const visible = await page.evaluate(() => {
      // A Path elsewhere hides the cookie from this page: at 1024 bytes the Path applies, at 1025 it is ignored.
      const path = (bytes: number) => `/elsewhere/${'x'.repeat(bytes - '/elsewhere/'.length)}`;
      document.cookie = `attr_1024=1; Path=${path(1024)}`;
      document.cookie = `attr_1025=1; Path=${path(1025)}`;
      const names = document.cookie.split('; ').map((pair) => pair.split('=')[0]);
      document.cookie = 'attr_1025=; Max-Age=0';
      return { at1024: names.includes('attr_1024'), at1025: names.includes('attr_1025') };
    });
    expect(visible).toEqual({ at1024: false, at1025: true });
  });

  test('the sessionStorage quota is per origin: two origins of one site, in one tab, each hold 5,242,880 code units', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('storage-size')).toContainText('Chromium gives each origin 5,242,880 UTF-16 code units (10 MiB)');
    // The same site on another port: another origin (a port never makes another site).
    const other = createServer((_request, response) => response.end('<!doctype html><title>other origin</title>'));
    await new Promise<void>((resolve) => other.listen(testPort(21), '127.0.0.1', resolve));
    const fill = () =>
      page.evaluate(() => {
        try {
          sessionStorage.setItem('q', 'x'.repeat(5_242_880 - 1)); // the key counts too
          return true;
        } catch {
          return false;
        }
      });
    try {
      expect(await fill()).toBe(true);
      await page.goto(`http://127.0.0.1:${testPort(21)}/`);
      expect(await fill()).toBe(true);
      await page.goto('/');
      // The first origin still holds its full share: the two did not split one quota.
      expect(await page.evaluate(() => sessionStorage.getItem('q')?.length)).toBe(5_242_880 - 1);
      await page.evaluate(() => sessionStorage.removeItem('q'));
    } finally {
      await new Promise((resolve) => other.close(resolve));
    }
  });

  test('the session cookie is only meant to end with the browser, and the dashboard says session restore can keep it', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Cookie', exact: true })).toContainText(
      'it is meant to end when the browser closes, but session restore can keep it',
    );
  });

  test('the footer claims nothing a static page does not do', async ({ page }) => {
    for (const path of ['/compare', '/lab', '/']) {
      await page.goto(path);
      await expect(page.getByRole('contentinfo')).not.toContainText('live');
    }
  });

  test('the labs say what their tests check, not that every claim is tested', async ({ page }) => {
    for (const path of ['/lab/security', '/lab/stateless', '/lab/fixation']) {
      await page.goto(path);
      await expect(page.getByText(/Every claim on this page/)).toHaveCount(0);
      await expect(page.getByText(/snippets from other stacks .* are not tested here/)).toBeVisible();
    }
  });
});
