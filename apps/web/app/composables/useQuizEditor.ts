// One stored quiz and every edit of it. Each change is sent to the server at once and the quiz the server
// answers with replaces the local one, so what is shown is always what is saved. Failures throw ApiError
// (with `details` for invalid questions) for the form that made the change to show next to its fields.
import { type Marking, Quiz } from '@quizstream/core/schemas';
import type { QuestionBody } from '~/quiz/question-draft';

export function useQuizEditor(quizId: MaybeRefOrGetter<string>) {
  const { request } = useApi();
  const quiz = ref<Quiz | null>(null);
  const loading = ref(false);
  const error = ref<ApiError | null>(null);

  const base = () => `/api/quizzes/${encodeURIComponent(toValue(quizId))}`;
  const question = (qid: string) => `${base()}/questions/${encodeURIComponent(qid)}`;

  async function load(): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      quiz.value = await request(base(), { schema: Quiz });
    } catch (err) {
      error.value = err instanceof ApiError ? err : new ApiError('unknown', errorMessage(err));
    } finally {
      loading.value = false;
    }
  }

  async function apply(path: string, method: 'PATCH' | 'PUT' | 'POST' | 'DELETE', body?: unknown): Promise<Quiz> {
    const updated = await request(path, { method, body, schema: Quiz });
    quiz.value = updated;
    return updated;
  }

  return {
    quiz,
    loading,
    error,
    load,
    rename: (title: string) => apply(base(), 'PATCH', { title }),
    /** How the quiz marks written answers when taken: forgiving, or exact (as listed). */
    setMarking: (marking: Marking) => apply(base(), 'PATCH', { marking }),
    saveQuestion: (qid: string, body: QuestionBody) => apply(question(qid), 'PUT', body),
    deleteQuestion: (qid: string) => apply(question(qid), 'DELETE'),
    addQuestion: (body: QuestionBody) => apply(`${base()}/questions`, 'POST', body),
    regenerate: (qid: string) => apply(`${question(qid)}/regenerate`, 'POST'),
    /** Puts the questions in the order of `ids` (every question's id, once). */
    reorder: (ids: string[]) => apply(`${base()}/order`, 'PUT', { questionIds: ids }),
    /** Moves a question by `delta` places (-1 up, +1 down). */
    move(qid: string, delta: number): Promise<Quiz> {
      const ids = quiz.value?.questions.map((q) => q.id) ?? [];
      const from = ids.indexOf(qid);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= ids.length) return Promise.resolve(quiz.value!);
      ids.splice(to, 0, ...ids.splice(from, 1));
      return apply(`${base()}/order`, 'PUT', { questionIds: ids });
    },
  };
}
