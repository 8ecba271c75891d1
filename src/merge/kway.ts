/**
 * Merges streams that are each already in order into one ordered stream, holding one item per stream:
 * shard outputs are subsequences of one run's order, so this restores that order in constant memory.
 * Ties keep the order of the streams, then of the items within a stream (a stable merge).
 */
export async function* mergeOrdered<T>(
  streams: readonly AsyncIterator<T>[],
  compare: (a: T, b: T) => number,
): AsyncGenerator<T> {
  const heads: (IteratorResult<T> | null)[] = await Promise.all(streams.map((s) => s.next()));
  for (;;) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const head = heads[i];
      if (!head || head.done) continue;
      const current = heads[best];
      if (best < 0 || (current && !current.done && compare(head.value, current.value) < 0)) best = i;
    }
    if (best < 0) return;
    const chosen = heads[best] as IteratorYieldResult<T>;
    yield chosen.value;
    heads[best] = await (streams[best] as AsyncIterator<T>).next();
  }
}
