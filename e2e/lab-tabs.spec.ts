import { expect, test, type Page } from '@playwright/test';
import { tabStorage } from './support/browser-stores';
import { sessionOf } from './support/auth';
import { wordsCutAcrossLines } from './support/layout';

async function saveNote(page: Page, note: string) {
  await page.getByRole('textbox', { name: 'Note' }).fill(note);
  await page.getByRole('button', { name: 'Save the note in all three' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved “${note}”` })).toBeVisible();
}

/** What the "What this tab sees now" table says, store by store. */
async function sees(page: Page) {
  for (const id of ['server', 'cookie', 'storage']) await expect(page.getByTestId(`note-${id}`)).toHaveAttribute('data-ready', 'true');
  return {
    server: await page.getByTestId('note-server').textContent(),
    cookie: await page.getByTestId('note-cookie').textContent(),
    storage: await page.getByTestId('note-storage').textContent(),
  };
}

test.describe('the tabs lab', () => {
  test('on a phone, "What to expect" keeps every answer whole, inside its panel', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/lab/tabs');
    const step = page.getByRole('region', { name: '3. What to expect' });
    const table = step.getByRole('table', { name: 'What a new tab gets from this one' });
    await expect(table.getByRole('row', { name: /^sessionStorage/ })).toContainText('starts empty');
    expect(await wordsCutAcrossLines(table.locator('th, td'))).toEqual([]);
    const [frame, box] = [(await step.boundingBox())!, (await table.boundingBox())!];
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
  });

  test('states its claim', async ({ page }) => {
    await page.goto('/lab/tabs');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tabs: who shares what?');
    await expect(page.getByTestId('lab-claim')).toContainText('sessionStorage belongs to one tab');
  });

  test('"Saved" goes once it is no longer true: another tab saved a new note, or the field is edited', async ({ page, context }) => {
    await page.goto('/lab/tabs');
    await saveNote(page, 'blue');
    const other = await context.newPage();
    await other.goto('/lab/tabs');
    await saveNote(other, 'green');
    // The first tab re-renders with the server's new note, and no longer claims it saved "blue".
    await expect(page.getByTestId('note-server')).toHaveText('green');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Note' }).fill('red');
    await expect(other.getByRole('status').filter({ hasText: 'Saved “green”' })).toBeVisible();
    await other.getByRole('textbox', { name: 'Note' }).fill('gre');
    await expect(other.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);
  });

  test('the note lands in all three stores of this tab', async ({ page, context }) => {
    await page.goto('/lab/tabs');
    await saveNote(page, 'teal');
    expect(await sees(page)).toEqual({ server: 'teal', cookie: 'teal', storage: 'teal' });
    expect(await tabStorage(page)).toEqual({ 'lab:note': 'teal' });
    expect((await context.cookies()).find((c) => c.name === 'lab_note')).toMatchObject({ value: 'teal', httpOnly: false, sameSite: 'Lax' });
    const session = await sessionOf(page.request);
    expect(session.attributes.labNote).toBe('teal');
  });

  test("the stateless lab's note is its own attribute: storing it leaves this lab's note as it was", async ({ page }) => {
    const attributes = async () => (await sessionOf(page.request)).attributes;
    await page.goto('/lab/tabs');
    await saveNote(page, 'teal');
    await page.goto('/lab/stateless');
    await page.getByLabel('Size of the note').selectOption('1024');
    await page.getByRole('button', { name: 'Store the note in both' }).click();
    await expect(page.getByTestId('size-server')).toContainText('stored 1024 bytes');
    expect((await attributes()).labNote).toBe('teal');
    await page.goto('/lab/tabs');
    expect(await sees(page)).toMatchObject({ server: 'teal' });
    await saveNote(page, 'plum');
    expect((await attributes()).labStatelessNote).toHaveLength(1024);
  });

  test('an empty or too long note is refused and changes nothing', async ({ page }) => {
    await page.goto('/lab/tabs');
    await saveNote(page, 'first');
    await page.getByRole('textbox', { name: 'Note' }).evaluate((input: HTMLInputElement) => {
      input.removeAttribute('maxlength');
      input.value = 'x'.repeat(41);
    });
    await page.getByRole('button', { name: 'Save the note in all three' }).click();
    await expect(page.getByText('Write a note of 1 to 40 characters.').first()).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Note' })).toHaveAttribute('aria-invalid', 'true');
    expect(await sees(page)).toEqual({ server: 'first', cookie: 'first', storage: 'first' });
  });

  test('a new tab (context.newPage) shares the server session and cookie, but its sessionStorage is empty', async ({ page, context }) => {
    await page.goto('/lab/tabs');
    await saveNote(page, 'amber');
    const other = await context.newPage();
    await other.goto('/lab/tabs');
    expect(await sees(other)).toEqual({ server: 'amber', cookie: 'amber', storage: '(nothing)' });
    expect(await tabStorage(other)).toEqual({});
  });

  test('a plain target=_blank link opens a tab with empty sessionStorage', async ({ page, context }) => {
    await page.goto('/lab/tabs');
    await saveNote(page, 'coral');
    const link = page.getByRole('link', { name: 'Open this page in a new tab (a plain link)' });
    await expect(link).toHaveAttribute('target', '_blank');
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    expect(await opened.evaluate(() => window.opener)).toBeNull();
    expect(await sees(opened)).toEqual({ server: 'coral', cookie: 'coral', storage: '(nothing)' });
    // This tab has no note: not "1 of 2 open tabs hold this same note".
    await expect(opened.getByTestId('note-tabs')).toHaveText(
      '1 of 2 open tabs (this one included) have no note in their sessionStorage yet.',
    );
  });

  test('window.open copies sessionStorage, then the two tabs diverge while server and cookie stay shared', async ({ page, context }) => {
    await page.goto('/lab/tabs');
    await saveNote(page, 'olive');
    const [copy] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open a copy with window.open' }).click(),
    ]);
    await copy.waitForLoadState();
    expect(await sees(copy)).toEqual({ server: 'olive', cookie: 'olive', storage: 'olive' });
    for (const tab of [page, copy])
      await expect(tab.getByTestId('note-tabs')).toHaveText('2 of 2 open tabs hold this same note in their sessionStorage.');

    await saveNote(copy, 'plum');
    expect(await sees(copy)).toEqual({ server: 'plum', cookie: 'plum', storage: 'plum' });
    // The opener learns of the server change live and reads the shared cookie, but keeps its own sessionStorage.
    await expect(page.getByTestId('note-server')).toHaveText('plum');
    await expect(page.getByTestId('note-cookie')).toHaveText('plum');
    await expect(page.getByTestId('note-storage')).toHaveText('olive');
    expect(await tabStorage(page)).toEqual({ 'lab:note': 'olive' });
    for (const tab of [page, copy])
      await expect(tab.getByTestId('note-tabs')).toHaveText('1 of 2 open tabs hold this same note in their sessionStorage.');
  });

  test('another browser (a new context) shares nothing', async ({ page, browser }) => {
    await page.goto('/lab/tabs');
    await saveNote(page, 'navy');
    const other = await browser.newContext();
    const stranger = await other.newPage();
    await stranger.goto('/lab/tabs');
    expect(await sees(stranger)).toEqual({ server: '(nothing)', cookie: '(nothing)', storage: '(nothing)' });
    await other.close();
  });
});
