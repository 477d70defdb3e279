/**
 * A subscription's stream: `step` turns each message into what the client receives (undefined
 * skips it), optionally starting with one value before any message. Ending the stream (the
 * client unsubscribes or disconnects) ends the source at once, even while waiting for a message.
 */
export function liveStream<T, R>(
  source: AsyncIterableIterator<T>,
  step: (message: T | undefined) => Promise<R | undefined>,
  options: { initial: boolean },
): AsyncIterableIterator<R> {
  let initial = options.initial;
  const done = (): IteratorResult<R> => ({ value: undefined, done: true });
  const stream: AsyncIterableIterator<R> = {
    async next(): Promise<IteratorResult<R>> {
      if (initial) {
        initial = false;
        const value = await step(undefined);
        if (value !== undefined) return { value, done: false };
      }
      for (;;) {
        const message = await source.next();
        if (message.done) return done();
        const value = await step(message.value);
        if (value !== undefined) return { value, done: false };
      }
    },
    async return(): Promise<IteratorResult<R>> {
      await source.return?.();
      return done();
    },
    async throw(error?: unknown): Promise<IteratorResult<R>> {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}
