/** True for an async iterable (a stream of reports read from disk, say); false for arrays, sets, generators. */
export function isAsyncIterable<T>(input: Iterable<T> | AsyncIterable<T>): input is AsyncIterable<T> {
  return typeof (input as AsyncIterable<T>)[Symbol.asyncIterator] === 'function';
}
