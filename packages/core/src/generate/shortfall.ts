// What a finished quiz lacks of what was asked for, told as warnings with counts: requested types it could
// not make (a multi-select question needs a sentence listing several items), a single difficulty it found
// too few questions of, or a `count` the document had too little to ask about for.
import type { GenerateOptions } from '../schemas/options.js';
import type { Question, QuestionType } from '../schemas/question.js';

export interface Shortfall {
  code: 'types_unavailable' | 'count_not_reached';
  message: string;
}

const TYPE_NAMES: Record<QuestionType, string> = {
  multiple_choice: 'multiple-choice',
  true_false: 'true/false',
  short_answer: 'short-answer',
  multi_select: 'multi-select',
};

const WHY: Record<QuestionType, string> = {
  multiple_choice: 'they need three wrong answers of the same kind from the document',
  true_false:
    'a false statement needs a year, a date or a person of the document to swap (and a true one waits for a false one)',
  short_answer: 'they need a year, a date or a term the document defines',
  multi_select: 'they need sentences that list several items of one kind',
};

/** A requested type gets less than this share of its even part of the quiz before it is reported. */
const FAIR_SHARE = 0.25;

export function shortfalls(questions: readonly Question[], options: GenerateOptions): Shortfall[] {
  const out: Shortfall[] = [];
  const total = questions.length;
  if (total > 0 && options.types.length > 1) {
    const even = total / options.types.length;
    for (const type of options.types) {
      const got = questions.filter((q) => q.type === type).length;
      if (got >= even * FAIR_SHARE) continue;
      out.push({
        code: 'types_unavailable',
        message: `Only ${got} of the ${total} questions are ${TYPE_NAMES[type]}: ${WHY[type]}, and this document has few. The others are of the other types you chose.`,
      });
    }
  } else if (total > 0) {
    const [type] = options.types;
    if (type && total < 3) {
      out.push({
        code: 'types_unavailable',
        message: `Only ${total} ${TYPE_NAMES[type]} question${total === 1 ? '' : 's'} could be written: ${WHY[type]}. Choosing more question types gives more questions.`,
      });
    }
  }
  if (options.count !== undefined && total < options.count) {
    const level = options.difficulty === 'mixed' ? '' : ` ${options.difficulty}`;
    out.push({
      code: 'count_not_reached',
      message: `You asked for ${options.count}${level} questions; this document gave ${total} good ones. Its body text has no more to ask${level ? ' at that difficulty' : ''}.`,
    });
  }
  return out;
}
