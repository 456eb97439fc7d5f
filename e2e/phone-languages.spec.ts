import { expect, test } from '@playwright/test';
import { ADMIN, loginWithForm } from './support/auth';

/**
 * Korean and Spanish words are longer or shorter than the English a layout was
 * tried with: every page, signed in as the admin (so /admin/sessions and the
 * signed-in parts of the labs render too), fits a 390 px phone in each language.
 */
const PAGES = [
  '/start',
  '/',
  '/login',
  '/shop',
  '/sessions',
  '/wire',
  '/compare',
  '/lab',
  '/lab/tabs',
  '/lab/lifetime',
  '/lab/security',
  '/lab/fixation',
  '/lab/cross-site',
  '/lab/stateless',
  '/lab/capacity',
  '/lab/reauth',
  '/lab/instances',
  '/admin/sessions',
];

for (const language of ['ko', 'es'] as const) {
  test(`every page fits a 390 px phone in ${language}`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await loginWithForm(page, ADMIN);
    await page.getByLabel('Language').selectOption(language);
    await page.getByRole('button', { name: 'Change', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const wider: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wider.push(`${path}: ${width} px`);
    }
    expect(wider).toEqual([]);
  });
}
