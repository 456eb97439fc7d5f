import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { apiSession as openApiSession, type ApiSession } from './api-session';
import { signedInBrowser } from './auth';

export { expect };

/**
 * The one axe rule set for every page: WCAG 2.0, 2.1 and 2.2 at A and AA, and
 * axe's best practices (what `new AxeBuilder({page}).analyze()` runs unfiltered).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Account = { username: string; password: string; name: string };

interface Fixtures {
  /** Runs axe on `page` and expects no violations. */
  expectAccessible: (page: Page) => Promise<void>;
  /** A curl-like API client with its own cookie jar and the session's CSRF token. */
  apiSession: ApiSession;
  /** A fresh browser context signed in through the form; closed after the test. */
  signedIn: (account: Account, options?: Parameters<Browser['newContext']>[0]) => ReturnType<typeof signedInBrowser>;
}

// The fixture callback is named `provide` (Playwright's docs say `use`, which ESLint takes for a React hook).
export const test = base.extend<Fixtures>({
  expectAccessible: async ({}, provide) => {
    await provide(async (target) => {
      // Next streams a page's <title> with its metadata: after a router.refresh() (the stateless
      // lab's replay does one) axe could run in the moment before it lands. Audit the settled page.
      await expect(target).toHaveTitle(/\S/);
      const { violations } = await new AxeBuilder({ page: target }).withTags(AXE_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  },
  apiSession: async ({ request }, provide) => {
    await provide(await openApiSession(request));
  },
  signedIn: async ({ browser }, provide) => {
    const opened: Awaited<ReturnType<typeof signedInBrowser>>[] = [];
    await provide(async (account, options) => {
      const user = await signedInBrowser(browser, account, options);
      opened.push(user);
      return user;
    });
    for (const { context } of opened) await context.close();
  },
});
