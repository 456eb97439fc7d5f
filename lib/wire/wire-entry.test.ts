import { describe, expect, it } from 'vitest';
import { mergeWireEntries, WIRE_ENTRIES_PER_SESSION, type WireEntry } from './wire-entry';

function entry(n: number, session = 'fp-a'): WireEntry {
  return {
    id: `e${n}`,
    session,
    at: 1_000 + n,
    method: 'GET',
    path: `/p${n}`,
    kind: 'page',
    status: 200,
    sent: [],
    received: [],
    steps: ['sentBack'],
  };
}

/** What the event stream delivers: the same entry, parsed again (another object). */
const overTheWire = (e: WireEntry): WireEntry => JSON.parse(JSON.stringify(e)) as WireEntry;

describe('mergeWireEntries', () => {
  it('adds new entries in time order, once each, bounded to the newest', () => {
    const list = [entry(1), entry(3)];
    expect(mergeWireEntries(list, [entry(2), overTheWire(entry(3))]).map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    const many = Array.from({ length: 10 }, (_, n) => entry(n));
    expect(mergeWireEntries([], many, 4).map((e) => e.id)).toEqual(['e6', 'e7', 'e8', 'e9']);
  });

  it('keeps the held objects when the stream sends again what the page was rendered with (the view skips them)', () => {
    const rendered = Array.from({ length: WIRE_ENTRIES_PER_SESSION }, (_, n) => entry(n));
    const replay = rendered.map(overTheWire);
    // Nothing new: the very same list, so nothing renders again.
    expect(mergeWireEntries(rendered, replay)).toBe(rendered);
    // One new entry: a new list, but every entry already shown is the object it was.
    const next = mergeWireEntries(rendered, [...replay, entry(WIRE_ENTRIES_PER_SESSION)]);
    expect(next).toHaveLength(WIRE_ENTRIES_PER_SESSION + 1);
    rendered.forEach((held, index) => expect(next[index]).toBe(held));
  });

  it('takes the later copy of an entry that moved to another session (a login rotated the ID)', () => {
    const held = [entry(1, 'fp-a'), entry(2, 'fp-a')];
    const moved = mergeWireEntries(held, [entry(1, 'fp-b'), entry(2, 'fp-b')]);
    expect(moved.map((e) => e.session)).toEqual(['fp-b', 'fp-b']);
    expect(moved).not.toBe(held);
  });
});
