// Lets a long call (pdf.js, a model's answer, the next page of a source) be abandoned the moment a signal
// aborts, instead of when the call happens to finish. The one place the library races a promise with a signal.

/**
 * Settles like `promise`, or with what `aborted` gives (or throws) as soon as `signal` aborts. The abandoned
 * promise's outcome is swallowed so a later rejection (pdf.js rejects pending work when the document is
 * destroyed) is not reported as unhandled.
 */
function settleOrAbort<T, A>(promise: Promise<T>, signal: AbortSignal, aborted: () => A): Promise<T | A> {
  if (signal.aborted) {
    promise.catch(() => {});
    return new Promise((resolve) => resolve(aborted()));
  }
  return new Promise<T | A>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => {});
      try {
        resolve(aborted());
      } catch (error) {
        reject(error);
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Resolves or rejects like `promise`, but rejects with `signal.reason` (an AbortError DOMException unless the
 * caller chose another reason) as soon as the signal aborts.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return settleOrAbort(promise, signal, () => {
    throw signal.reason;
  });
}

/** `promise`'s value, or null as soon as `signal` aborts (for a caller that stops quietly rather than throws). */
export function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | null> {
  return settleOrAbort(promise, signal, () => null);
}

/**
 * The iterator's next item, or null as soon as `signal` aborts (a slow source must not delay stopping). Once the
 * signal has aborted, nothing more is pulled from the source.
 */
export function nextUnlessAborted<T>(
  iterator: AsyncIterator<T>,
  signal: AbortSignal,
): Promise<IteratorResult<T> | null> {
  if (signal.aborted) return Promise.resolve(null);
  return unlessAborted(iterator.next(), signal);
}
