// Taking a quiz: the answers given, which questions are checked, the score, and rounds (all questions, or
// only the ones answered wrong). Two ways to go through a round: one question at a time (check, then next)
// or all at once (submit everything). Nothing is sent to the server: taking a quiz is private.
import type { Marking, Question } from '@quizstream/core/schemas';
import type { Ref } from 'vue';
import { isCorrect } from '~/quiz/grade';

export type TakeMode = 'one' | 'all';

/** `language` is the quiz's declared language, if any (it decides articles, plurals and number style). */
export function useQuizTaking(
  questions: Ref<Question[]>,
  language: () => string | undefined = () => undefined,
  /** The quiz's marking of written answers (forgiving unless the teacher chose exact). */
  marking: () => Marking = () => 'forgiving',
  /** While the quiz is still being written: questions that arrive join the round instead of starting it over. */
  following: () => boolean = () => false,
) {
  const mode = ref<TakeMode>('one');
  /** Ids of the questions in this round, in quiz order. */
  const round = ref<string[]>([]);
  const retrying = ref(false);
  const answers = ref<Record<string, string[]>>({});
  const checked = ref<Record<string, boolean>>({});
  /** Position in the round (one-at-a-time mode). */
  const index = ref(0);
  const finished = ref(false);

  const byId = computed(() => new Map(questions.value.map((q) => [q.id, q])));
  const roundQuestions = computed(() => round.value.map((id) => byId.value.get(id)).filter((q) => q !== undefined));
  const current = computed(() => roundQuestions.value[index.value] ?? null);
  const correct = (q: Question) => isCorrect(q, answers.value[q.id] ?? [], language(), marking());
  const results = computed(() => roundQuestions.value.map((q) => ({ question: q, correct: correct(q) })));
  const score = computed(() => results.value.filter((r) => r.correct).length);
  const wrong = computed(() => results.value.filter((r) => !r.correct).map((r) => r.question.id));

  function begin(ids: string[], isRetry: boolean): void {
    round.value = ids;
    retrying.value = isRetry;
    const fresh = { ...answers.value };
    const unchecked = { ...checked.value };
    for (const id of ids) {
      delete fresh[id];
      delete unchecked[id];
    }
    answers.value = fresh;
    checked.value = unchecked;
    index.value = 0;
    finished.value = false;
  }

  const restart = () =>
    begin(
      questions.value.map((q) => q.id),
      false,
    );
  const retryWrong = () => begin(wrong.value, true);

  /** The other way through starts over with every question. */
  function setMode(next: TakeMode): void {
    if (next === mode.value) return;
    mode.value = next;
    restart();
  }

  function answer(questionId: string, given: string[]): void {
    if (checked.value[questionId]) return;
    answers.value = { ...answers.value, [questionId]: given };
  }

  function check(questionId: string): void {
    checked.value = { ...checked.value, [questionId]: true };
  }

  /** One at a time: to the next question, or to the score after the last. */
  function next(): void {
    if (index.value < round.value.length - 1) index.value += 1;
    else finished.value = true;
  }

  /** All at once: check everything and show the score. */
  function submitAll(): void {
    const all = { ...checked.value };
    for (const id of round.value) all[id] = true;
    checked.value = all;
    finished.value = true;
  }

  watch(
    () => questions.value.map((q) => q.id),
    (ids, before) => {
      // Taken while it is written: new questions join the first round at its end (a round of retries is
      // left alone), and a round already scored goes on with them. Anything else starts it over.
      const grew = before !== undefined && ids.length > before.length && before.every((id, i) => ids[i] === id);
      if (!(following() && grew)) return restart();
      if (retrying.value) return;
      const added = ids.filter((id) => !round.value.includes(id));
      round.value = [...round.value, ...added];
      if (finished.value && mode.value === 'one') {
        index.value = round.value.length - added.length;
        finished.value = false;
      }
    },
    { immediate: true },
  );

  return {
    mode,
    round: roundQuestions,
    retrying,
    answers,
    checked,
    index,
    current,
    finished,
    results,
    score,
    wrong,
    correct,
    setMode,
    answer,
    check,
    next,
    submitAll,
    restart,
    retryWrong,
  };
}
