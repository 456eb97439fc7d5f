import { describe, expect, it } from 'vitest';
import { MAX_LINES, MAX_QUANTITY, type CartLine } from '@/lib/cart/cart';
import { LAB_PAYLOAD_ATTRIBUTE, labPayload } from '@/lib/labs/payload';
import { LAB_NOTE_ATTRIBUTE } from '@/lib/labs/note';
import { LAB_PAYLOAD_MAX_KB } from '@/lib/labs/limits';
import { noteBodySchema } from '@/lib/stateless/stateless-lab';
import { jsonBytes } from './byte-size';
import { SESSION_BUDGET_BYTES } from './store-limits';

describe('SESSION_BUDGET_BYTES', () => {
  it('holds a session with every attribute the app writes filled to its cap', () => {
    // The longest note the stateless lab accepts (it shares the note attribute with the tabs lab's 40 characters).
    let maxNote = 1;
    while (noteBodySchema.safeParse({ bytes: maxNote + 1 }).success) maxNote++;
    const fullCart: CartLine[] = Array.from({ length: MAX_LINES }, (_, i) => ({ productId: `product-id-${i}`, quantity: MAX_QUANTITY }));
    const fullest = {
      userId: 'u-admin',
      role: 'admin',
      csrfToken: 'x'.repeat(43),
      language: 'es',
      cart: fullCart,
      labRaceCart: [{ productId: 'pencil', quantity: MAX_QUANTITY }],
      instanceHits: { 'instance-a': 1_000_000, 'instance-b': 1_000_000, 'instance-c': 1_000_000 },
      [LAB_NOTE_ATTRIBUTE]: 'x'.repeat(maxNote),
      [LAB_PAYLOAD_ATTRIBUTE]: labPayload(LAB_PAYLOAD_MAX_KB),
    };
    expect(maxNote).toBe(8192);
    expect(jsonBytes(fullest)).toBeLessThanOrEqual(SESSION_BUDGET_BYTES);
    // And the budget is not padded far beyond what the app can store.
    expect(jsonBytes(fullest)).toBeGreaterThan(SESSION_BUDGET_BYTES * 0.85);
  });
});
