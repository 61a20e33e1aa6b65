// The question editor's working copy: choices carry a "correct" flag next to their text (so renaming a
// choice keeps it the answer), and the server's validation details map onto the form's fields.
import type { Difficulty, Question, QuestionType } from '@quizstream/core/schemas';
import { ApiError, errorMessage } from '../composables/useApi';

export interface DraftChoice {
  /** Stable key for v-for while rows are added and removed. */
  key: number;
  text: string;
  correct: boolean;
}

export interface QuestionDraftForm {
  type: QuestionType;
  prompt: string;
  /** The choices (all types but short_answer) or the accepted answers (short_answer; `correct` unused). */
  choices: DraftChoice[];
  explanation: string;
  difficulty: Difficulty;
  page: number | null;
  quote: string;
}

/** What the API takes to create or replace a question (the id is in the URL or made by the server). */
export type QuestionBody = Omit<Question, 'id'>;

export type DraftField = 'type' | 'prompt' | 'choices' | 'answer' | 'explanation' | 'difficulty' | 'page' | 'quote';
export type FieldErrors = Partial<Record<DraftField | 'form', string>>;

let nextKey = 1;
const row = (text: string, correct = false): DraftChoice => ({ key: nextKey++, text, correct });

export const TRUE_FALSE = ['True', 'False'] as const;

export function toDraft(q: QuestionBody): QuestionDraftForm {
  const choices =
    q.type === 'short_answer' ? q.answer.map((a) => row(a)) : q.choices.map((c) => row(c, q.answer.includes(c)));
  return {
    type: q.type,
    prompt: q.prompt,
    choices,
    explanation: q.explanation,
    difficulty: q.difficulty,
    page: q.source.page,
    quote: q.source.quote,
  };
}

export function blankDraft(type: QuestionType = 'multiple_choice', page: number | null = 1): QuestionDraftForm {
  return withType({ type, prompt: '', choices: [], explanation: '', difficulty: 'medium', page, quote: '' }, type);
}

/** The draft switched to another type, its choices reshaped to fit it. */
export function withType(draft: QuestionDraftForm, type: QuestionType): QuestionDraftForm {
  let choices = draft.choices;
  if (type === 'true_false') {
    const wasTrue = draft.type === 'true_false' && draft.choices[0]?.correct;
    choices = [row(TRUE_FALSE[0], !!wasTrue), row(TRUE_FALSE[1], draft.type === 'true_false' && !wasTrue)];
  } else if (type === 'short_answer') {
    const kept = draft.type === 'short_answer' ? draft.choices : draft.choices.filter((c) => c.correct);
    choices = kept.length ? kept.map((c) => row(c.text)) : [row('')];
  } else if (draft.type === 'true_false' || draft.type === 'short_answer' || choices.length < 2) {
    choices = [row(''), row(''), row(''), row('')];
  }
  if (type === 'multiple_choice') {
    // One answer only: keep the first marked choice.
    const first = choices.findIndex((c) => c.correct);
    choices = choices.map((c, i) => ({ ...c, correct: i === first }));
  }
  return { ...draft, type, choices };
}

export function addRow(draft: QuestionDraftForm): QuestionDraftForm {
  return { ...draft, choices: [...draft.choices, row('')] };
}

export function removeRow(draft: QuestionDraftForm, key: number): QuestionDraftForm {
  return { ...draft, choices: draft.choices.filter((c) => c.key !== key) };
}

/** Marks a choice correct: the only one for single-answer types, toggled for multi_select. */
export function markCorrect(draft: QuestionDraftForm, key: number, on: boolean): QuestionDraftForm {
  const single = draft.type !== 'multi_select';
  return {
    ...draft,
    choices: draft.choices.map((c) =>
      c.key === key ? { ...c, correct: on } : single && on ? { ...c, correct: false } : c,
    ),
  };
}

/** The request body; blank rows that are not marked correct are left out rather than reported. */
export function toBody(draft: QuestionDraftForm): QuestionBody {
  const rows = draft.choices.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text !== '' || c.correct);
  const isShort = draft.type === 'short_answer';
  return {
    type: draft.type,
    prompt: draft.prompt.trim(),
    choices: isShort ? [] : rows.map((c) => c.text),
    answer: isShort ? rows.map((c) => c.text) : rows.filter((c) => c.correct).map((c) => c.text),
    explanation: draft.explanation.trim(),
    difficulty: draft.difficulty,
    // NaN would be sent as null and refused by the server with a message next to the page field.
    source: { page: draft.page ?? Number.NaN, quote: draft.quote.trim() },
  };
}

const FIELD_BY_PATH: Record<string, DraftField> = {
  type: 'type',
  prompt: 'prompt',
  choices: 'choices',
  answer: 'answer',
  explanation: 'explanation',
  difficulty: 'difficulty',
  source: 'quote',
  'source.page': 'page',
  'source.quote': 'quote',
};

/** The server's `details: [{ field, message }]` (field like "choices.2" or "source.quote") per form field. */
export function fieldErrors(details: unknown, fallback: string): FieldErrors {
  const errors: FieldErrors = {};
  const list = Array.isArray(details) ? details : [];
  for (const item of list) {
    const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
    if (typeof message !== 'string') continue;
    const path = typeof field === 'string' ? field : '';
    const key = FIELD_BY_PATH[path] ?? FIELD_BY_PATH[path.split('.')[0] ?? ''] ?? 'form';
    errors[key] = errors[key] ? `${errors[key]}; ${message}` : message;
  }
  if (Object.keys(errors).length === 0) errors.form = fallback;
  return errors;
}

/** Where a refused save of a question shows: the schema's details by field, a quote not on its page, or the form. */
export function saveErrors(err: unknown): FieldErrors {
  const problem = err instanceof ApiError ? err : null;
  if (problem?.code === 'invalid_question') return fieldErrors(problem.details, problem.message);
  if (problem?.code === 'quote_not_on_page') return { quote: problem.message };
  return { form: errorMessage(err) };
}
