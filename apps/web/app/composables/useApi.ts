// JSON requests to the API with one error type: every failure (network, HTTP status, the server's
// `{ error: { code, message, details } }`, a body of the wrong shape) becomes an ApiError with a human message.
import { ErrorBody } from '@quizstream/core/schemas';

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 0,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export interface ApiRequest<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Validates the response body; without one the body is trusted (or absent, for 204). */
  schema?: Schema<T>;
}

export function useApi() {
  const apiBase = useApiBase();
  const m = useMessages();
  // Taken while the component sets up: a request's answer arrives later, outside it.
  const router = useRouter();
  const session = useSession();

  async function toSignIn(): Promise<void> {
    const route = router.currentRoute.value;
    // Without sign-in (a server with API keys only) there is no sign-in page to go to.
    if (session.state.value.mode === 'none' || route.path === '/signin' || route.path.startsWith('/take/')) return;
    session.state.value.me = null;
    await router.push({ path: '/signin', query: { returnTo: route.fullPath, expired: '1' } });
  }

  async function request<T = unknown>(path: string, { method = 'GET', body, schema }: ApiRequest<T> = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${apiBase}${path}`, {
        method,
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw new ApiError('network', m.errors.network);
    }
    if (response.status === 204) return undefined as T;
    let json: unknown = null;
    try {
      json = await response.json();
    } catch {
      // Not JSON: described by the status below.
    }
    if (!response.ok) {
      const problem = ErrorBody.safeParse(json);
      if (problem.success) {
        const { code, message, details } = problem.data.error;
        // The session ended (or never was): sign in again, then come back here.
        if (response.status === 401 && code === 'unauthenticated') await toSignIn();
        throw new ApiError(code, message, response.status, details);
      }
      throw new ApiError(`http_${response.status}`, m.errors.http(response.status), response.status);
    }
    if (!schema) return json as T;
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ApiError('bad_response', m.errors.badResponse, response.status);
    return parsed.data;
  }

  return { request };
}

/** The message to show for anything a request threw. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
