// Working on several questions of a quiz at once: filters that show some of them (page, type, difficulty, read by
// OCR), a selection, and the actions on it (delete, regenerate, set difficulty, move to the top or the bottom).
// Each action goes through the editor's single-question routes, one question after another, saying how far it
// got; moving is one reorder. A question that is gone leaves the selection.
import type { Difficulty, Question, QuestionType } from '@quizstream/core/schemas';

export interface QuestionFilters {
  page: string;
  type: QuestionType | '';
  difficulty: Difficulty | '';
  ocr: boolean;
}

export function useBulkEdit(
  editor: ReturnType<typeof useQuizEditor>,
  /** Where an action failed: the question and the error's words. */
  failed: (questionId: string, message: string) => void,
) {
  const m = useMessages();
  const { announce } = useAnnouncer();
  const quiz = editor.quiz;
  const filters = ref<QuestionFilters>({ page: '', type: '', difficulty: '', ocr: false });
  const pages = computed(() => [...new Set(quiz.value?.questions.map((q) => q.source.page))].sort((a, b) => a - b));
  const types = computed(() => [...new Set(quiz.value?.questions.map((q) => q.type))]);

  function matches(q: Question): boolean {
    const f = filters.value;
    return (
      (f.page === '' || q.source.page === Number(f.page)) &&
      (f.type === '' || q.type === f.type) &&
      (f.difficulty === '' || q.difficulty === f.difficulty) &&
      (!f.ocr || q.source.ocr === true)
    );
  }
  const shown = computed(() => quiz.value?.questions.filter(matches) ?? []);

  const selected = ref<string[]>([]);
  /** What a running action says of its progress ("Working… 2 of 5"), null when none runs. */
  const working = ref<string | null>(null);
  watch(
    () => quiz.value?.questions.map((q) => q.id),
    (ids) => {
      selected.value = selected.value.filter((id) => ids?.includes(id));
    },
  );

  function toggle(qid: string, on: boolean): void {
    selected.value = on ? [...selected.value, qid] : selected.value.filter((id) => id !== qid);
  }

  function selectShown(on: boolean): void {
    const ids = shown.value.map((q) => q.id);
    selected.value = on ? [...new Set([...selected.value, ...ids])] : selected.value.filter((id) => !ids.includes(id));
  }

  /** The selected questions in the quiz's order. */
  const chosen = () => quiz.value?.questions.map((q) => q.id).filter((id) => selected.value.includes(id)) ?? [];

  /** Runs `action` on each selected question in turn; stops at the first error, which the question shows. */
  async function eachSelected(action: (qid: string) => Promise<unknown>, done: (n: number) => string): Promise<void> {
    const ids = chosen();
    let count = 0;
    try {
      for (const id of ids) {
        working.value = m.bulk.working(count, ids.length);
        await action(id);
        count += 1;
      }
      announce(done(count));
    } catch (err) {
      announce(errorMessage(err));
      failed(ids[count] ?? '', errorMessage(err));
    } finally {
      working.value = null;
    }
  }

  async function deleteSelected(): Promise<void> {
    await eachSelected((id) => editor.deleteQuestion(id), m.bulk.deleted);
    selected.value = [];
  }

  const regenerateSelected = () => eachSelected((id) => editor.regenerate(id), m.bulk.regenerated);

  const setDifficulty = (difficulty: Difficulty) =>
    eachSelected((qid) => {
      const question = quiz.value?.questions.find((q) => q.id === qid);
      if (!question) return Promise.resolve();
      const { id: _id, ...body } = question;
      return editor.saveQuestion(qid, { ...body, difficulty });
    }, m.bulk.difficultySet);

  async function moveSelected(to: 'top' | 'bottom'): Promise<void> {
    const moving = chosen();
    const rest = (quiz.value?.questions.map((q) => q.id) ?? []).filter((id) => !moving.includes(id));
    working.value = m.bulk.working(0, 1);
    try {
      await editor.reorder(to === 'top' ? [...moving, ...rest] : [...rest, ...moving]);
      announce(m.bulk.moved(moving.length));
    } catch (err) {
      announce(errorMessage(err));
    } finally {
      working.value = null;
    }
  }

  return {
    filters,
    pages,
    types,
    matches,
    shown,
    selected,
    working,
    toggle,
    selectShown,
    deleteSelected,
    regenerateSelected,
    setDifficulty,
    moveSelected,
  };
}
