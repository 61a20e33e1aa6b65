import type { Marking, Question } from '@quizstream/core/schemas';

/** What taking a quiz needs of it: a stored quiz, or the questions of one still being written ("Start now"). */
export interface TakeableQuiz {
  questions: Question[];
  /** The quiz's declared language, if any: how its short answers are read. */
  options: { language?: string };
  marking?: Marking;
}
