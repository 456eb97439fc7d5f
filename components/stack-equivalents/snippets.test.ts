import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SNIPPETS, STACK_ACTIONS, STACKS } from '@/components/stack-equivalents/snippets';

/*
 * The pages quote lines of this app by file and line number. Editing that code
 * without updating the quote (or moving it) fails here, with what is there now.
 */
describe('stack equivalents', () => {
  const quotes = Object.entries(SNIPPETS).flatMap(([action, snippets]) => snippets.app.map((quote) => ({ action, ...quote })));

  it.each(quotes)('$action: $file:$line says what the page quotes', ({ file, line, code }) => {
    expect(file.startsWith('lib/'), 'quotes come from lib/').toBe(true);
    const lines = readFileSync(file, 'utf8').split('\n');
    const actual = lines[line - 1]?.trim();
    const elsewhere = lines.findIndex((text) => text.trim() === code.trim());
    expect(
      actual,
      `${file}:${line} now reads "${actual}"${elsewhere >= 0 ? `; the quote is at line ${elsewhere + 1}` : '; the quote is nowhere in the file'}`,
    ).toBe(code.trim());
  });

  it('every action has a sample for every stack and at least one line of this app', () => {
    for (const action of STACK_ACTIONS) {
      for (const stack of STACKS) expect(SNIPPETS[action][stack].trim(), `${action} / ${stack}`).not.toBe('');
      expect(SNIPPETS[action].app.length, action).toBeGreaterThan(0);
    }
  });
});
