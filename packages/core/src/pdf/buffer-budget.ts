// Caps the binary memory (ArrayBuffers and typed arrays) of the process it is installed in. V8's heap limit
// (`--max-old-space-size`) does not count these buffers, and they are exactly what a decompression bomb fills.
// Two guards, because pdf.js inflates in two ways: its own JavaScript inflater grows one Uint8Array by doubling,
// synchronously (the wrapped constructors refuse the allocation that would pass the budget, inside the call, even
// while the process never returns to its event loop); and the platform's DecompressionStream, asynchronously, in
// chunks allocated natively (a watchdog on the event loop sees them add up).

export interface BufferBudget {
  /** True once an allocation was refused; pdf.js may swallow the error, so callers check this afterwards. */
  readonly exceeded: boolean;
}

// Small allocations are left alone: checking costs a few microseconds, and a bomb needs large ones.
const CHECK_FROM_BYTES = 64 * 1024;

const CONSTRUCTORS = [
  'ArrayBuffer',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
] as const;

const WATCH_EVERY_MS = 25;

/**
 * Wraps the buffer constructors of this process's globals, so that an allocation passing `maxBytes` in total throws a
 * RangeError, and watches the total: `onExceeded` is called (once) when either guard trips.
 */
export function installBufferBudget(maxBytes: number, onExceeded: () => void): BufferBudget {
  // Present when the process was started with --expose-gc.
  const gc = (globalThis as { gc?: () => void }).gc;
  const state = { exceeded: false, reported: false };
  const inUse = () => process.memoryUsage().arrayBuffers;
  // Garbage buffers count until the next collection; only refuse what live buffers really leave no room for.
  const fits = (bytes: number) => {
    if (inUse() + bytes <= maxBytes) return true;
    gc?.();
    return inUse() + bytes <= maxBytes;
  };
  const check = (bytes: number) => {
    if (!(bytes >= CHECK_FROM_BYTES)) return;
    // Once tripped, every large allocation fails at once: pdf.js retries a broken stream in other ways.
    if (!state.exceeded && fits(bytes)) return;
    state.exceeded = true;
    throw new RangeError(`buffer budget exceeded: ${bytes} more bytes would pass the ${maxBytes}-byte limit`);
  };
  const watchdog = setInterval(() => {
    if (!state.exceeded && fits(0)) return;
    state.exceeded = true;
    if (state.reported) return;
    state.reported = true;
    onExceeded();
  }, WATCH_EVERY_MS);
  watchdog.unref();
  const globals = globalThis as unknown as Record<string, unknown>;
  for (const name of CONSTRUCTORS) {
    const native = globals[name] as { BYTES_PER_ELEMENT?: number } & (new (...args: unknown[]) => object);
    const perElement = native.BYTES_PER_ELEMENT ?? 1;
    globals[name] = new Proxy(native, {
      construct(target, args, newTarget) {
        check(requestedBytes(args[0], perElement));
        return Reflect.construct(target, args, newTarget);
      },
    });
  }
  return {
    get exceeded() {
      return state.exceeded;
    },
  };
}

/** Bytes a constructor call allocates: a length, or a copy of an array-like; a view over a buffer allocates none. */
function requestedBytes(first: unknown, perElement: number): number {
  if (typeof first === 'number') return first * perElement;
  if (
    first instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && first instanceof SharedArrayBuffer)
  ) {
    return 0;
  }
  const length = (first as { length?: unknown } | null)?.length;
  return typeof length === 'number' ? length * perElement : 0;
}
