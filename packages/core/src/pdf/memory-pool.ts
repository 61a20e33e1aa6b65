// The memory PDF workers may take, shared by every document an instance reads at once. Each worker reserves
// what its limits allow it to use (heap, buffers and the slack its resident-memory watch grants, more with OCR)
// before it starts reading; a reservation the pool cannot grant now waits in a queue of bounded length, first in
// first out, for at most the time the caller allows, then fails with PdfError `readers_busy` (an HTTP 503 that
// comes back later). However many documents arrive at once, the workers together stay within the pool, so the
// instance stays within its memory.
import { PdfError } from './pdf-error.js';

export interface PdfMemoryPoolOptions {
  /** The memory the workers may take together, in MB. */
  capacityMb: number;
  /** Reservations that may wait at once; one more fails at once. */
  maxQueue: number;
}

export interface ReserveOptions {
  /** How long the reservation may wait for room, in milliseconds (default: as long as it takes). */
  maxWaitMs?: number;
  /** Aborting gives up the place in the queue; the promise rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * Waits even when the queue is full: for readings whose number is bounded elsewhere (a server's jobs, a document
   * trading its share for OCR's), which must not be refused because requests filled the queue.
   */
  pastQueueLimit?: boolean;
}

/** Memory held for one worker; `release()` gives it back (safe to call more than once). */
export interface MemoryReservation {
  readonly mb: number;
  release(): void;
}

interface Waiter {
  mb: number;
  grant: () => void;
}

export class PdfMemoryPool {
  readonly capacityMb: number;
  readonly maxQueue: number;
  private reservedMb = 0;
  private readonly queue: Waiter[] = [];

  constructor({ capacityMb, maxQueue }: PdfMemoryPoolOptions) {
    if (!(capacityMb > 0)) throw new RangeError('capacityMb must be positive');
    if (!(maxQueue >= 0)) throw new RangeError('maxQueue must be zero or more');
    this.capacityMb = capacityMb;
    this.maxQueue = maxQueue;
  }

  /** MB reserved by the workers reading now. */
  get reserved(): number {
    return this.reservedMb;
  }

  /** Reservations waiting for room. */
  get waiting(): number {
    return this.queue.length;
  }

  /**
   * Reserves `mb`: at once when it fits and nobody waits before it, else in turn. A reservation larger than the
   * whole pool is granted when nothing else is reserved (a worker that could never start would hang its document).
   */
  reserve(mb: number, { maxWaitMs, signal, pastQueueLimit }: ReserveOptions = {}): Promise<MemoryReservation> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.queue.length === 0 && this.fits(mb)) return Promise.resolve(this.take(mb));
    if (this.queue.length >= this.maxQueue && !pastQueueLimit) return Promise.reject(busy(this.queue.length));
    return new Promise<MemoryReservation>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const leave = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
      };
      const waiter: Waiter = {
        mb,
        grant: () => {
          leave();
          resolve(this.take(mb));
        },
      };
      const onAbort = () => {
        leave();
        reject(signal?.reason);
        this.grantWaiting();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (maxWaitMs !== undefined && Number.isFinite(maxWaitMs)) {
        timer = setTimeout(() => {
          leave();
          reject(busy(this.queue.length));
          // The one that gave up may have stood before others that fit now.
          this.grantWaiting();
        }, maxWaitMs);
        timer.unref?.();
      }
      this.queue.push(waiter);
    });
  }

  private fits(mb: number): boolean {
    return this.reservedMb + mb <= this.capacityMb || this.reservedMb === 0;
  }

  private take(mb: number): MemoryReservation {
    this.reservedMb += mb;
    let held = true;
    return {
      mb,
      release: () => {
        if (!held) return;
        held = false;
        this.reservedMb -= mb;
        this.grantWaiting();
      },
    };
  }

  /** Grants the queue's head while it fits: strictly in turn, so a large reservation is not passed over forever. */
  private grantWaiting(): void {
    for (let head = this.queue[0]; head && this.fits(head.mb); head = this.queue[0]) head.grant();
  }
}

function busy(waiting: number): PdfError {
  return new PdfError(
    'readers_busy',
    `This server is reading as many PDFs as its memory allows, and ${waiting} more wait already; try again in a few seconds.`,
  );
}
