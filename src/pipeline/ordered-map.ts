/**
 * Runs `task` over `items` with at most `limit` tasks pending, and yields their results in input order:
 * a reorder buffer of bounded size, so a slow document delays the output but never grows memory.
 */
export async function* orderedMap<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const queue: Promise<R>[] = [];
  let index = 0;
  for await (const item of items) {
    const pending = task(item, index++);
    // A failure is reported when its turn comes; this only keeps it from counting as unhandled before then.
    pending.catch(() => {});
    queue.push(pending);
    if (queue.length >= limit) yield await (queue.shift() as Promise<R>);
  }
  while (queue.length > 0) yield await (queue.shift() as Promise<R>);
}
