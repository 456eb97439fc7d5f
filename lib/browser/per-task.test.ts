import { describe, expect, it } from 'vitest';
import { oncePerTask } from './per-task';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('oncePerTask', () => {
  it('hands over everything that came in one task at once, in order, then starts again', async () => {
    const calls: number[][] = [];
    const add = oncePerTask<number>((items) => calls.push(items));
    for (let n = 0; n < 40; n++) add(n);
    expect(calls).toEqual([]);
    await nextTask();
    expect(calls).toEqual([Array.from({ length: 40 }, (_, n) => n)]);
    add(40);
    await nextTask();
    expect(calls).toEqual([Array.from({ length: 40 }, (_, n) => n), [40]]);
  });
});
