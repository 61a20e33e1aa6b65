// The library page's state: past documents and quizzes (loaded together), and deleting either.
import { type LibraryDocument, type LibraryQuiz, listOf } from '~/library/summaries';

export function useLibrary() {
  const { request } = useApi();
  const documents = ref<LibraryDocument[]>([]);
  const quizzes = ref<LibraryQuiz[]>([]);
  const loading = ref(false);
  /** A first load has succeeded: until then, "empty" would be a lie. */
  const loaded = ref(false);
  const error = ref<string | null>(null);

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const [docs, list] = await Promise.all([
        request('/api/documents', { schema: listOf<'documents', LibraryDocument>('documents') }),
        request('/api/quizzes', { schema: listOf<'quizzes', LibraryQuiz>('quizzes') }),
      ]);
      documents.value = docs;
      quizzes.value = list;
      loaded.value = true;
    } catch (err) {
      error.value = errorMessage(err);
    } finally {
      loading.value = false;
    }
  }

  async function deleteQuiz(id: string): Promise<void> {
    await request(`/api/quizzes/${encodeURIComponent(id)}`, { method: 'DELETE' });
    const gone = quizzes.value.find((q) => q.id === id);
    quizzes.value = quizzes.value.filter((q) => q.id !== id);
    if (gone) {
      documents.value = documents.value.map((d) =>
        d.id === gone.documentId ? { ...d, quizzes: Math.max(0, d.quizzes - 1) } : d,
      );
    }
  }

  /** Deletes the document and, on the server, every quiz made from it. */
  async function deleteDocument(id: string): Promise<void> {
    await request(`/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE' });
    documents.value = documents.value.filter((d) => d.id !== id);
    quizzes.value = quizzes.value.filter((q) => q.documentId !== id);
  }

  return { documents, quizzes, loading, loaded, error, load, deleteQuiz, deleteDocument };
}
