import { expect, test } from '@playwright/test';

/**
 * The live parts (the session's event stream with its Web Lock and relay
 * channel, tab presence) start once the page has loaded and the main thread
 * has had a moment to rest, not in the same run of work as hydration: on a
 * phone, that work is what the first tap waits for. Recorded in the page:
 * whether an idle callback queued at the load event had run when each started.
 */
declare global {
  interface Window {
    __liveStarts: { what: string; afterIdle: boolean }[];
  }
}

const LIVE_CHANNELS = ['session-lab:events', 'session-lab:presence'];

test.beforeEach(async ({ page }) => {
  await page.addInitScript((channels) => {
    let idle = false;
    // Queued before the page's own callbacks, with the same bound on the wait (lib/browser/after-load.ts), so it runs first.
    window.addEventListener('load', () => requestIdleCallback(() => (idle = true), { timeout: 1000 }), { once: true });
    window.__liveStarts = [];
    const record = (what: string) => window.__liveStarts.push({ what, afterIdle: idle });
    const NativeEventSource = window.EventSource;
    window.EventSource = class extends NativeEventSource {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        record(`EventSource ${String(url)}`);
      }
    };
    const NativeChannel = window.BroadcastChannel;
    window.BroadcastChannel = class extends NativeChannel {
      constructor(name: string) {
        super(name);
        if (channels.includes(name)) record(`BroadcastChannel ${name}`);
      }
    };
    const request = navigator.locks.request.bind(navigator.locks);
    navigator.locks.request = ((...args: Parameters<typeof request>) => {
      record(`Web Lock ${String(args[0])}`);
      return request(...args);
    }) as typeof request;
  }, LIVE_CHANNELS);
});

// The dashboard and a lab with the stream, and a page with tab presence only (the layout's).
for (const path of ['/', '/lab/lifetime', '/lab/tabs', '/shop']) {
  test(`${path}: the live parts start after load, once the main thread is idle`, async ({ page }) => {
    await page.goto(path);
    await expect.poll(() => page.evaluate(() => window.__liveStarts.map((s) => s.what))).toContain('BroadcastChannel session-lab:presence');
    if (path !== '/shop') {
      await expect
        .poll(() => page.evaluate(() => window.__liveStarts.map((s) => s.what)))
        .toEqual(expect.arrayContaining(['EventSource /api/events', 'BroadcastChannel session-lab:events', 'Web Lock session-lab:events']));
    }
    expect((await page.evaluate(() => window.__liveStarts)).filter((s) => !s.afterIdle)).toEqual([]);
  });
}

/**
 * The browser's own stores too: in Chromium the first read of document.cookie,
 * sessionStorage or localStorage waits on the browser process, so the parts
 * that show them read once the page has loaded (lib/browser/after-load.ts),
 * not during hydration. Recorded like the live parts: each read, and whether
 * the idle callback queued at the load event had run by then.
 */
declare global {
  interface Window {
    __storeReads: { what: string; afterIdle: boolean }[];
  }
}

test.describe('the browser’s stores', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      let idle = false;
      window.addEventListener('load', () => requestIdleCallback(() => (idle = true), { timeout: 1000 }), { once: true });
      window.__storeReads = [];
      const record = (what: string) => window.__storeReads.push({ what, afterIdle: idle });
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(document, 'cookie', {
        configurable: true,
        get() {
          record('document.cookie');
          return cookie.get!.call(document);
        },
        set(value: string) {
          cookie.set!.call(document, value);
        },
      });
      for (const name of ['sessionStorage', 'localStorage'] as const) {
        const storage = Object.getOwnPropertyDescriptor(Window.prototype, name) ?? Object.getOwnPropertyDescriptor(window, name)!;
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            record(name);
            return storage.get!.call(window);
          },
        });
      }
    });
  });

  // Pages that show them: the dashboard (all three), the tabs lab (cookie, sessionStorage, localStorage), the capacity lab (cookies), the path (localStorage).
  for (const [path, shown] of [
    ['/', ['document.cookie', 'sessionStorage', 'localStorage']],
    ['/lab/tabs', ['document.cookie', 'sessionStorage', 'localStorage']],
    ['/lab/capacity', ['document.cookie']],
    ['/start', ['localStorage']],
  ] as const) {
    test(`${path}: document.cookie and Web Storage are first read after load, once the main thread is idle`, async ({ page }) => {
      await page.goto(path);
      await expect
        .poll(() => page.evaluate(() => window.__storeReads.map((read) => read.what)))
        .toEqual(expect.arrayContaining([...shown]));
      expect((await page.evaluate(() => window.__storeReads)).filter((read) => !read.afterIdle)).toEqual([]);
    });
  }
});
