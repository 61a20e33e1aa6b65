// A quiz's read-only share link: create (idempotent on the server, so it also reads an existing link),
// revoke, and the full URL to copy.
import { type LibraryQuiz, listOf, type ShareLink, ShareLinkShape } from '~/library/summaries';

export function useShareLink(quizId: MaybeRefOrGetter<string>) {
  const { request } = useApi();
  const link = ref<ShareLink | null>(null);
  const busy = ref(false);
  const error = ref<string | null>(null);
  const path = () => `/api/quizzes/${encodeURIComponent(toValue(quizId))}/share`;
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

  const revoke = () =>
    run(async () => {
      await request(path(), { method: 'DELETE' });
      link.value = null;
    });

  /** Shows the link when the quiz is already shared (the quiz itself does not say; the library listing does). */
  const load = () =>
    run(async () => {
      const quizzes = await request('/api/quizzes', { schema: listOf<'quizzes', LibraryQuiz>('quizzes') });
      if (quizzes.find((q) => q.id === toValue(quizId))?.shared) {
        link.value = await request(path(), { method: 'POST', schema: ShareLinkShape });
      }
    });

  return { link, url, busy, error, load, create, revoke };
}
