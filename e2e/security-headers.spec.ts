import { expect, test } from '@playwright/test';

test.describe('security headers', () => {
  test('pages carry a CSP with a fresh nonce that Next.js puts on its scripts, and no-framing headers', async ({ page, request }) => {
    const first = await request.get('/login');
    const second = await request.get('/login');
    const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
    const policy = first.headers()['content-security-policy']!;
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    const nonce = nonceOf(policy)!;
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers()['content-security-policy']!)).not.toBe(nonce);
    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(first.headers()).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
      'permissions-policy': expect.stringContaining('camera=()'),
    });

    // And the page still works under it: no violations while logging in.
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto('/login');
    await page.getByLabel('Username').fill('alice');
    await page.getByLabel('Password').fill('wonderland');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('an injected inline script does not run', async ({ page }) => {
    // Play the attacker who got markup into the page (stored XSS): add a script without the nonce.
    await page.route('**/login', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</body>', '<script>window.__injected = true</script></body>');
      await route.fulfill({ response, body: html });
    });
    const blocked = page.waitForEvent('console', (message) => /Content Security Policy/i.test(message.text()));
    await page.goto('/login');
    await blocked;
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    // The app's own scripts ran: the form is interactive.
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('status')).toHaveText('Check the fields marked below.');
  });

  test('API answers, including /api/health which skips the proxy, carry the headers and a deny-all CSP', async ({ request }) => {
    for (const path of ['/api/health', '/api/session', '/api/no-such-endpoint']) {
      const response = await request.get(path);
      expect(response.headers(), path).toMatchObject({
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'strict-origin-when-cross-origin',
      });
    }
  });

  test('a 404 for a path the proxy skips (/nope.png) is a page too: it carries a CSP that runs no script', async ({ request }) => {
    for (const path of ['/nope.png', '/deep/nope.svg', '/_next/static/nope.js']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      const policy = response.headers()['content-security-policy'];
      expect(policy, path).toContain("script-src 'none'");
      expect(policy, path).toContain("frame-ancestors 'none'");
    }
    // A real static file still loads under it.
    expect((await request.get('/icon.svg')).status()).toBe(200);
  });

  test('a write whose Origin differs only in scheme is refused (scheme, host and port are compared)', async ({ request, baseURL }) => {
    const token = (await (await request.get('/api/session')).json()).session.attributes.csrfToken;
    const https = baseURL!.replace(/^http:/, 'https:');
    const refused = await request.post('/api/logout', { headers: { 'X-CSRF-Token': token, Origin: https } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe('csrf');
    // A client-sent copy of the scheme header the server stamps changes nothing.
    const forged = await request.post('/api/logout', {
      headers: { 'X-CSRF-Token': token, Origin: https, 'X-Session-Lab-Scheme': 'https' },
    });
    expect(forged.status()).toBe(403);
    expect((await request.post('/api/logout', { headers: { 'X-CSRF-Token': token, Origin: baseURL! } })).status()).toBe(200);
  });
});
