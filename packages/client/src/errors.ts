// A failure the client will not retry: the server refused the request (4xx), answered with something
// that is not an event stream, or every reconnection attempt failed.
export class QuizStreamError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'QuizStreamError';
  }
}

/** Reads the server's `{ error: { code, message } }` body, falling back to the status line. */
export async function errorFromResponse(response: Response): Promise<QuizStreamError> {
  let code = `http_${response.status}`;
  let message = `The server answered ${response.status} ${response.statusText}.`;
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not JSON: keep the status line.
  }
  return new QuizStreamError(code, message, response.status);
}
