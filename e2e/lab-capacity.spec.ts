import { expect, test, type Page } from '@playwright/test';
import { documentCookie } from './support/browser-stores';
import { SESSION_COOKIE } from './support/session-cookie';
import { sessionOf } from './support/auth';

async function growCookie(page: Page, bytes: number) {
  await page.getByRole('spinbutton', { name: 'Bytes of name and value' }).fill(String(bytes));
  await page.getByRole('button', { name: 'Write the cookie' }).click();
  return page.getByTestId('grow-result').getAttribute('data-outcome');
}

test.describe('the capacity lab', () => {
  test("a 3 KB cookie is kept, a 5 KB one is dropped without a word; Chromium's line is 4096 bytes of name and value", async ({
    page,
    context,
  }) => {
    await page.goto('/lab/capacity');
    expect(await growCookie(page, 3000)).toBe('kept');
    await expect(page.getByTestId('grow-result')).toHaveText('Kept: document.cookie now has lab_big, 3000 bytes of name and value.');
    expect((await context.cookies()).find((c) => c.name === 'lab_big')?.value).toHaveLength(3000 - 'lab_big'.length);

    expect(await growCookie(page, 5000)).toBe('dropped');
    await expect(page.getByTestId('grow-result')).toHaveText(
      'Dropped: the browser refused the 5000-byte cookie and said nothing. document.cookie has no lab_big.',
    );
    expect(await documentCookie(page)).not.toContain('lab_big');
    expect((await context.cookies()).find((c) => c.name === 'lab_big')).toBeUndefined();

    expect(await growCookie(page, 4096)).toBe('kept');
    expect(await growCookie(page, 4097)).toBe('dropped');
  });

  test('a refused write leaves the old value in place, which is why the lab deletes lab_big before each write', async ({ page }) => {
    await page.goto('/lab/capacity');
    await page.evaluate(() => {
      document.cookie = 'probe=old; Path=/';
      document.cookie = `probe=${'x'.repeat(5000)}; Path=/`;
    });
    expect(await documentCookie(page)).toContain('probe=old');
    expect(await growCookie(page, 1000)).toBe('kept');
    expect(await growCookie(page, 6000)).toBe('dropped');
    await page.getByRole('button', { name: 'Delete lab_big' }).click();
    await expect(page.getByTestId('grow-result')).toHaveText('lab_big is deleted.');
    expect(await documentCookie(page)).not.toContain('lab_big');
  });

  test('a size out of range gets a clear message', async ({ page }) => {
    await page.goto('/lab/capacity');
    await growCookie(page, 20000);
    await expect(page.getByTestId('grow-result')).toHaveText('Enter a whole number from 8 to 10000.');
  });

  test('the server session holds 64 KB, and requests carry no more cookie bytes for it', async ({ page, context }) => {
    await page.goto('/lab/capacity');
    const before = Number(await page.getByTestId('measured-header').getAttribute('data-total'));
    await page.getByRole('combobox', { name: 'How much to store' }).selectOption('64');
    await page.getByRole('button', { name: 'Store it in the server session' }).click();
    await expect(page.getByTestId('payload-size')).toHaveText('labPayload in the server session: 65,536 bytes.');
    expect(Number(await page.getByTestId('session-size').getAttribute('data-bytes'))).toBeGreaterThan(65_536);
    const session = await sessionOf(page.request);
    expect(session.attributes.labPayload).toHaveLength(65_534);

    await page.getByRole('button', { name: 'Measure a new request' }).click();
    await expect(page.getByRole('button', { name: 'Measure a new request' })).toBeEnabled();
    const after = Number(await page.getByTestId('measured-header').getAttribute('data-total'));
    expect(after).toBe(before);
    const sessionCookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
    expect(after).toBeLessThan(1000);
    expect(await page.getByTestId('weight-session').getAttribute('data-bytes')).toBe(
      String(`${SESSION_COOKIE}=${sessionCookie.value}`.length),
    );

    await page.getByRole('button', { name: 'Remove it' }).click();
    await expect(page.getByTestId('payload-size')).toHaveText('No labPayload in the server session.');
  });

  test('a lab payload above 64 KB is refused', async ({ page }) => {
    await page.goto('/lab/capacity');
    await page.getByRole('combobox', { name: 'How much to store' }).evaluate((select: HTMLSelectElement) => {
      select.options[0]!.value = '65';
      select.selectedIndex = 0;
    });
    await page.getByRole('button', { name: 'Store it in the server session' }).click();
    await expect(page.getByText('Choose one of the offered sizes.').first()).toBeVisible();
    await expect(page.getByTestId('payload-size')).toHaveText('No labPayload in the server session.');
  });

  test('what a request carries: document.cookie plus the HttpOnly session cookie, as the server measures it', async ({ page }) => {
    await page.goto('/lab/capacity');
    await growCookie(page, 3000);
    await page.getByRole('button', { name: 'Measure a new request' }).click();
    const header = page.getByTestId('measured-header');
    await expect(header.getByRole('row', { name: /lab_big/ })).toContainText('3,001');
    const predicted = Number(await page.getByTestId('weight-total').getAttribute('data-bytes'));
    await expect(header).toHaveAttribute('data-total', String(predicted));
    await page.getByRole('button', { name: 'Delete lab_big' }).click();
  });

  test('sessionStorage holds 5,242,880 characters per origin in Chromium (10 MiB as UTF-16), the quota the dashboard shows', async ({
    page,
  }) => {
    await page.goto('/');
    const quota = await page.evaluate(() => {
      const fits = (length: number) => {
        try {
          sessionStorage.setItem('q', 'x'.repeat(length - 1));
          return true;
        } catch {
          return false;
        } finally {
          sessionStorage.removeItem('q');
        }
      };
      return { exact: fits(5 * 1024 * 1024), over: fits(5 * 1024 * 1024 + 1) };
    });
    expect(quota).toEqual({ exact: true, over: false });
    await expect(page.getByTestId('storage-size')).toContainText('of 10,485,760 bytes');
  });
});
