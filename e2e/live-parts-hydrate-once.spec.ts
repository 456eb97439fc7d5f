import { expect, test } from '@playwright/test';

/**
 * The server renders the live parts in the state the browser starts in
 * (`connecting`), so hydrating them is all the work they cost until the event
 * stream speaks. With a server value of its own, React renders every one of
 * them a second time right after hydrating, synchronously, in the same task
 * as the page's effects: on a phone, that is what the first tap waits for.
 * Seen through the hook React reports each commit to (the one its developer
 * tools use, present in production builds too): each commit in which the
 * timeline's status line was rendered anew, and what it said.
 */
declare global {
  interface Window {
    __statusRenders: string[];
  }
}

interface Fiber {
  tag: number;
  memoizedProps: Record<string, unknown> | null;
  child: Fiber | null;
  sibling: Fiber | null;
}

test('/: the live parts render once while the stream connects, then again when it is live', async ({ page }) => {
  await page.addInitScript(() => {
    window.__statusRenders = [];
    let seen: unknown = null;
    const statusLine = (root: Fiber): Fiber | null => {
      const stack: Fiber[] = [root];
      while (stack.length > 0) {
        const fiber = stack.pop()!;
        if (fiber.memoizedProps?.['data-testid'] === 'stream-status') return fiber;
        if (fiber.sibling) stack.push(fiber.sibling);
        if (fiber.child) stack.push(fiber.child);
      }
      return null;
    };
    Object.assign(window, {
      __REACT_DEVTOOLS_GLOBAL_HOOK__: {
        supportsFiber: true,
        isDisabled: false,
        renderers: new Map(),
        inject: () => 1,
        checkDCE: () => {},
        onCommitFiberUnmount: () => {},
        onPostCommitFiberRoot: () => {},
        onCommitFiberRoot: (_renderer: number, root: { current: Fiber }) => {
          const line = statusLine(root.current);
          // Rendered anew: new props; a part React skipped keeps the ones it had.
          if (!line || line.memoizedProps === seen) return;
          seen = line.memoizedProps;
          window.__statusRenders.push(String(line.memoizedProps?.['data-status']));
        },
      },
    });
  });
  await page.goto('/');
  await expect(page.getByTestId('stream-status')).toHaveAttribute('data-status', 'live');
  const renders = await page.evaluate(() => window.__statusRenders);
  expect(renders[0]).toBe('connecting');
  expect(renders.filter((status) => status === 'connecting')).toHaveLength(1);
  expect(renders).toContain('live');
});
