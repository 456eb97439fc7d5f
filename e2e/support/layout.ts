import type { Locator } from '@playwright/test';

/**
 * The words inside `cells` that the layout cut across two lines ("shar-ed"):
 * the body wraps anywhere (app/layout.tsx), so a squeezed cell splits a word
 * instead of widening the page, and no width check sees it. Each word is
 * measured with a Range: a word drawn on one line has one box.
 */
export async function wordsCutAcrossLines(cells: Locator): Promise<string[]> {
  return cells.evaluateAll((elements) => {
    const cut: string[] = [];
    for (const element of elements) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)));
          if (lines.size > 1) cut.push(match[0]);
        }
      }
    }
    return cut;
  });
}
