// Lets a long pdf.js call be abandoned the moment a signal aborts, instead of when the call happens to finish.

/**
 * Resolves or rejects like `promise`, but rejects with `signal.reason` (an AbortError DOMException unless the
 * caller chose another reason) as soon as the signal aborts. The abandoned promise's outcome is swallowed so a
 * later rejection (pdf.js rejects pending work when the document is destroyed) is not reported as unhandled.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => {});
      reject(signal.reason);
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
