// Uploads a PDF to POST /api/documents with XMLHttpRequest, because fetch reports no upload progress.
// Resolves with the server's DocumentInfo; turns every failure into one human-readable message. A server that
// refuses the upload as busy (503 overloaded, 429 rate limited) with a Retry-After gets it again after that wait,
// a few times, while the page says so: a moment's overload is not the teacher's problem.
import { busyRetryDelay } from '@quizstream/client';
import { DocumentInfo, ErrorBody } from '@quizstream/core/schemas';

export type UploadPhase = 'idle' | 'uploading' | 'processing' | 'waiting' | 'done' | 'error';

export function useUpload() {
  const messages = useMessages();
  const apiBase = useApiBase();
  const phase = ref<UploadPhase>('idle');
  /** 0-100, of the bytes sent. */
  const percent = ref(0);
  const error = ref<string | null>(null);
  /** While waiting to send again: the seconds left. */
  const retryIn = ref(0);
  const documentInfo = ref<DocumentInfo | null>(null);
  let current: XMLHttpRequest | null = null;

  function fail(message: string): null {
    phase.value = 'error';
    error.value = message;
    return null;
  }

  let waiting: { timer: ReturnType<typeof setInterval>; cancel: () => void } | null = null;

  function stopWaiting(): void {
    if (!waiting) return;
    clearInterval(waiting.timer);
    waiting.cancel();
    waiting = null;
  }

  /** Counts the seconds down on the page; resolves false when cancelled (another file, or the page left). */
  function waitBeforeRetry(ms: number): Promise<boolean> {
    phase.value = 'waiting';
    const until = Date.now() + ms;
    retryIn.value = Math.ceil(ms / 1000);
    return new Promise((resolve) => {
      const timer = setInterval(() => {
        const left = until - Date.now();
        retryIn.value = Math.max(0, Math.ceil(left / 1000));
        if (left > 0) return;
        clearInterval(timer);
        waiting = null;
        resolve(true);
      }, 250);
      waiting = { timer, cancel: () => resolve(false) };
    });
  }

  async function upload(file: File): Promise<DocumentInfo | null> {
    current?.abort();
    stopWaiting();
    error.value = null;
    documentInfo.value = null;
    for (let attempt = 1; ; attempt++) {
      const xhr = await send(file);
      if (!xhr) return null;
      const wait = busyRetryDelay(xhr.status, xhr.getResponseHeader('Retry-After'), attempt);
      if (wait === undefined) return handleResponse(xhr);
      if (!(await waitBeforeRetry(wait))) return null;
    }
  }

  /** One try: resolves with the finished request, or null when it failed (already reported) or was aborted. */
  function send(file: File): Promise<XMLHttpRequest | null> {
    phase.value = 'uploading';
    percent.value = 0;
    const xhr = new XMLHttpRequest();
    current = xhr;
    const body = new FormData();
    body.append('file', file, file.name);

    return new Promise((resolve) => {
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) percent.value = Math.min(100, Math.round((e.loaded / e.total) * 100));
      };
      // Every byte is sent: the server is now reading the pages.
      xhr.upload.onload = () => {
        percent.value = 100;
        phase.value = 'processing';
      };
      xhr.onerror = () => resolve(fail(messages.upload.network));
      xhr.onabort = () => resolve(null);
      xhr.onload = () => {
        if (current === xhr) current = null;
        resolve(xhr);
      };
      xhr.open('POST', `${apiBase}/api/documents`);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.send(body);
    });
  }

  function handleResponse(xhr: XMLHttpRequest): DocumentInfo | null {
    let json: unknown = null;
    try {
      json = JSON.parse(xhr.responseText);
    } catch {
      // Not JSON (a proxy error page, say): fall through to the status message.
    }
    if (xhr.status >= 200 && xhr.status < 300) {
      const parsed = DocumentInfo.safeParse(json);
      if (!parsed.success) return fail(messages.upload.failed(xhr.status));
      phase.value = 'done';
      documentInfo.value = parsed.data;
      return parsed.data;
    }
    const problem = ErrorBody.safeParse(json);
    if (!problem.success) return fail(messages.upload.failed(xhr.status));
    const { code, message } = problem.data.error;
    return fail(messages.apiCodes[code] ?? message);
  }

  /** Reports a problem found before uploading (wrong type, too big) the same way as a server error. */
  function reject(message: string): void {
    current?.abort();
    stopWaiting();
    fail(message);
  }

  /** Shows a document uploaded before (from the library, or the one of a job resumed after a reload). */
  function show(document: DocumentInfo): void {
    current?.abort();
    stopWaiting();
    phase.value = 'done';
    error.value = null;
    documentInfo.value = document;
  }

  onScopeDispose(() => {
    current?.abort();
    stopWaiting();
  });

  return { phase, percent, error, retryIn, documentInfo, upload, reject, show };
}
