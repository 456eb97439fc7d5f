import type { Page } from '@playwright/test';

/**
 * Does in the page exactly what lib/browser/mirror.ts's mirrorToBrowser does
 * after a login, cart or language action (those actions live on other pages):
 * a script-readable cookie, this tab's sessionStorage, a ping to other tabs.
 */
export async function mirrorInPage(page: Page, name: 'user' | 'cart' | 'language', value: unknown) {
  await page.evaluate(
    ({ name, json }) => {
      document.cookie = `lab_${name}=${encodeURIComponent(json)}; Path=/; Max-Age=604800; SameSite=Lax`;
      sessionStorage.setItem(`lab:${name}`, json);
      const channel = new BroadcastChannel('session-lab');
      channel.postMessage({ type: 'mirror-changed', name });
      channel.close();
    },
    { name, json: JSON.stringify(value) },
  );
}

export function tabStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => ({ ...sessionStorage }));
}

export function documentCookie(page: Page): Promise<string> {
  return page.evaluate(() => document.cookie);
}

/** Opens GET /api/events from the page (with its cookies), returns the first `ready` message, and hangs up. */
export function readyFromEventStream(page: Page): Promise<{ session: string; idleExpiresAt: number; maxInactiveInterval: number }> {
  return page.evaluate(async () => {
    const abort = new AbortController();
    const response = await fetch('/api/events', { signal: abort.signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    for (;;) {
      const match = /event: ready\ndata: (.*)\n\n/.exec(text);
      if (match) {
        abort.abort();
        return JSON.parse(match[1]!);
      }
      const { done, value } = await reader.read();
      if (done) throw new Error(`stream ended before ready: ${text}`);
      text += decoder.decode(value, { stream: true });
    }
  });
}
