// A read-only share link: of a quiz, or of a job while it is being written (students start on the questions that
// exist; once the job completed the link is its quiz's). Create (idempotent on the server, so it also reads an
// existing link), revoke, and the full URL to copy.
import { type LibraryQuiz, listOf, type ShareLink, ShareLinkShape } from '~/library/summaries';

export type ShareTarget = { quizId: string } | { jobId: string };

export function useShareLink(target: MaybeRefOrGetter<ShareTarget>) {
  const { request } = useApi();
  const link = ref<ShareLink | null>(null);
  const busy = ref(false);
  const error = ref<string | null>(null);
  const quizPath = (id: string) => `/api/quizzes/${encodeURIComponent(id)}/share`;
  const path = () => {
    const t = toValue(target);
    return 'quizId' in t ? quizPath(t.quizId) : `/api/quiz/jobs/${encodeURIComponent(t.jobId)}/share`;
  };
  const url = computed(() => (link.value ? new URL(link.value.path, window.location.origin).href : ''));

  async function run(action: () => Promise<void>): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      await action();
    } catch (err) {
      error.value = errorMessage(err);
    } finally {
      busy.value = false;
    }
  }

  const create = () =>
    run(async () => {
      link.value = await request(path(), { method: 'POST', schema: ShareLinkShape });
    });

  // A job's link that became its quiz's is revoked as the quiz's.
  const revoke = () =>
    run(async () => {
      await request(link.value?.quizId ? quizPath(link.value.quizId) : path(), { method: 'DELETE' });
      link.value = null;
    });

  /** Shows the link when the quiz is already shared (the quiz itself does not say; the library listing does). */
  const load = () =>
    run(async () => {
      const t = toValue(target);
      if (!('quizId' in t)) return;
      const quizzes = await request('/api/quizzes', { schema: listOf<'quizzes', LibraryQuiz>('quizzes') });
      if (quizzes.find((q) => q.id === t.quizId)?.shared) {
        link.value = await request(path(), { method: 'POST', schema: ShareLinkShape });
      }
    });

  return { link, url, busy, error, load, create, revoke };
}
