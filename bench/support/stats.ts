/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** `a` and `b` run one after the other, `rounds` times (A B A B ...), so drift on a noisy machine hits both. */
export async function interleave<A, B>(rounds: number, a: () => Promise<A>, b: () => Promise<B>) {
  const as: A[] = [];
  const bs: B[] = [];
  for (let round = 0; round < rounds; round++) {
    as.push(await a());
    bs.push(await b());
  }
  return { as, bs };
}

/**
 * Like interleave, for any number of measurements: each round runs every one
 * once, in order, and the next round in reverse (A B C, C B A, ...), so a
 * machine that speeds up or slows down over a round favours none of them.
 */
export async function interleaveAll<T>(rounds: number, runs: readonly (() => Promise<T>)[]): Promise<T[][]> {
  const results: T[][] = runs.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = [...runs.keys()];
    if (round % 2 === 1) order.reverse();
    for (const i of order) results[i]!.push(await runs[i]!());
  }
  return results;
}
