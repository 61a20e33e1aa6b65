// Uploads a PDF to POST /api/documents with XMLHttpRequest, because fetch reports no upload progress.
// Resolves with the server's DocumentInfo; turns every failure into one human-readable message.
import { DocumentInfo, ErrorBody } from '@quizstream/core/schemas';

export type UploadPhase = 'idle' | 'uploading' | 'processing' | 'done' | 'error';

export function useUpload() {
  const messages = useMessages();
  const apiBase = useApiBase();
  const phase = ref<UploadPhase>('idle');
  /** 0-100, of the bytes sent. */
  const percent = ref(0);
  const error = ref<string | null>(null);
  const documentInfo = ref<DocumentInfo | null>(null);
  let current: XMLHttpRequest | null = null;

  function fail(message: string): null {
    phase.value = 'error';
    error.value = message;
    return null;
  }

  function upload(file: File): Promise<DocumentInfo | null> {
    current?.abort();
    phase.value = 'uploading';
    percent.value = 0;
    error.value = null;
    documentInfo.value = null;

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
        resolve(handleResponse(xhr));
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
    return fail(problem.success ? problem.data.error.message : messages.upload.failed(xhr.status));
  }

  /** Reports a problem found before uploading (wrong type, too big) the same way as a server error. */
  function reject(message: string): void {
    current?.abort();
    fail(message);
  }

  /** Shows a document uploaded before (from the library, or the one of a job resumed after a reload). */
  function show(document: DocumentInfo): void {
    current?.abort();
    phase.value = 'done';
    error.value = null;
    documentInfo.value = document;
  }

  onScopeDispose(() => current?.abort());

  return { phase, percent, error, documentInfo, upload, reject, show };
}
