// The generation job this tab is following, kept in sessionStorage while it runs so that a page reload (or
// coming back to the page) follows the same job again instead of starting a new one. Cleared when it ends.
export interface RunningJob {
  jobId: string;
  documentId: string;
  /** The last durable event id received; the page replays from 0 anyway to rebuild its cards. */
  lastEventId: number;
}

const KEY = 'quizstream.running-job';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Storage disabled (privacy settings): resuming after a reload is then not possible, nothing else breaks.
    return null;
  }
}

export function loadRunningJob(): RunningJob | null {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<RunningJob>;
    if (typeof value.jobId !== 'string' || typeof value.documentId !== 'string') return null;
    return { jobId: value.jobId, documentId: value.documentId, lastEventId: Number(value.lastEventId) || 0 };
  } catch {
    return null;
  }
}

export function saveRunningJob(job: RunningJob): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(job));
  } catch {
    // Quota or disabled storage: see storage().
  }
}

export function clearRunningJob(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // See storage().
  }
}
