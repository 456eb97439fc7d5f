import { expect, test } from '@playwright/test';
import { SessionCookieCodec } from '../lib/session/cookie-codec';
import { fingerprint, newSessionId } from '../lib/session/session-id';
import { ALICE, loginWithForm } from './support/auth';
import { TEST_SECRET } from './support/server';
import { realSessionId, sessionCookie, SESSION_COOKIE } from './support/session-cookie';

const codec = new SessionCookieCodec({ current: TEST_SECRET }, 28_800);

test.describe('session fixation lab', () => {
  test('a sealed cookie naming an ID the server never issued gets a new session, never that ID', async ({ page, context, baseURL }) => {
    const planted = newSessionId();
    await context.addCookies([
      {
        name: SESSION_COOKIE,
        value: await codec.seal(planted),
        domain: new URL(baseURL!).hostname,
        path: '/',
        secure: true,
        httpOnly: true,
        sameSite: 'Lax',
      },
    ]);
    await page.goto('/lab/fixation');
    const shown = await page.getByTestId('fixation-fingerprint').textContent();
    expect(shown).toMatch(/^[0-9a-f]{16}$/);
    expect(shown).not.toBe(fingerprint(planted));
    const given = await realSessionId((await sessionCookie(context))!.value);
    expect(given).not.toBe(planted);
    expect(fingerprint(given)).toBe(shown);
  });

  test('the page’s button plants an unknown sealed ID: the server answers with a new session and leaves ours alone', async ({ page }) => {
    await page.goto('/lab/fixation');
    const mine = await page.getByTestId('fixation-fingerprint').textContent();
    await page.getByRole('button', { name: 'Plant a sealed ID we never issued' }).click();
    const planted = await page.getByTestId('plant-planted').textContent();
    const answered = await page.getByTestId('plant-answered').textContent();
    expect(answered).toMatch(/^[0-9a-f]{16}$/);
    expect(answered).not.toBe(planted);
    expect(answered).not.toBe(mine);
    await expect(page.getByTestId('plant-yours')).toHaveText(mine!);
  });

  test('login changes the fingerprint, so an ID the attacker planted before login opens nothing after it', async ({ browser }) => {
    // The attacker gets a session ID of their own...
    const attacker = await browser.newContext();
    const attackerPage = await attacker.newPage();
    await attackerPage.goto('/lab/fixation');
    const plantedFingerprint = await attackerPage.getByTestId('fixation-fingerprint').textContent();
    const planted = (await sessionCookie(attacker))!;

    // ...and makes the victim's browser use it.
    const victim = await browser.newContext();
    await victim.addCookies([planted]);
    const victimPage = await victim.newPage();
    await victimPage.goto('/lab/fixation');
    await expect(victimPage.getByTestId('fixation-fingerprint')).toHaveText(plantedFingerprint!);

    await loginWithForm(victimPage, ALICE);
    await victimPage.goto('/lab/fixation');
    await expect(victimPage.getByTestId('fixation-signed-in')).toHaveText('yes (Alice)');
    const afterLogin = await victimPage.getByTestId('fixation-fingerprint').textContent();
    expect(afterLogin).not.toBe(plantedFingerprint);

    // The attacker's copy is worthless: not signed in, and a new session of its own.
    await attackerPage.reload();
    await expect(attackerPage.getByTestId('fixation-signed-in')).toHaveText('no');
    const attackerNow = await attackerPage.getByTestId('fixation-fingerprint').textContent();
    expect([plantedFingerprint, afterLogin]).not.toContain(attackerNow);
    await attacker.close();
    await victim.close();
  });
});
