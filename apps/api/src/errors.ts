// One error type with a stable code and an HTTP status; one handler turns it into `{ error: { code, message } }`.
// Every code is one of the contract's (API_ERROR_CODES): a new one is added there, where clients find it.
import type { ApiErrorCode, ErrorBody } from '@quizstream/core/schemas';

/** The error body of a code of the contract. */
export function errorBody(code: ApiErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

export class AppError extends Error {
  /** Seconds to wait before trying again (429 and 503): the answer's Retry-After; 5 when not set. */
  retryAfterS?: number;

  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** This error, answered with `Retry-After: seconds`. */
  retryAfter(seconds: number): this {
    this.retryAfterS = seconds;
    return this;
  }

  toBody(): ErrorBody {
    return errorBody(this.code, this.message, this.details);
  }
}

export const notFound = (what: string, id: string) => new AppError(404, 'not_found', `No ${what} with id "${id}".`);

/** Ids are opaque random tokens; anything else is refused before it reaches the store or the disk. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
export function checkId(what: string, id: string): string {
  if (!ID_PATTERN.test(id)) throw new AppError(400, 'invalid_id', `"${id.slice(0, 80)}" is not a valid ${what} id.`);
  return id;
}
