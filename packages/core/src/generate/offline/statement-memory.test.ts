import { describe, expect, it } from 'vitest';
import type { QuestionType } from '../../schemas/question.js';
import { StatementMemory } from './statement-memory.js';

const q = (prompt: string, quote: string, answer = 'True', type: QuestionType = 'true_false') => ({
  prompt,
  source: { page: 1, quote },
  answer: [answer],
  type,
});

describe('StatementMemory', () => {
  it('asks about a sentence once, whatever the type of the second question', () => {
    const memory = new StatementMemory();
    const quote = 'The Red River Compact was approved by Congress in 1980.';
    memory.remember(q(`Fill in the blank: "The Red River Compact was approved by Congress in ____."`, quote));
    expect(memory.repeats(q('True or false: The Red River Compact was approved by Congress in 1978.', quote))).toBe(
      true,
    );
  });

  it('knows a notice repeated on another page, with small changes, as the same statement', () => {
    const memory = new StatementMemory();
    memory.remember(
      q(
        'True or false: La réécriture de ce tutoriel avec des contenus à jour et des exemples pratiques supplémentaires est disponible.',
        'La réécriture de ce tutoriel avec des contenus à jour et des exemples pratiques supplémentaires est disponible.',
      ),
    );
    const again = q(
      'True or false: La réécriture de ce tutoriel avec des contenus à jour et des exemples pratiques est disponible.',
      'La réécriture de ce tutoriel avec des contenus à jour et des exemples pratiques est disponible.',
    );
    expect(memory.repeats(again)).toBe(true);
    expect(
      memory.repeats(
        q('True or false: Debian 2.0 fue publicada en julio de 1998.', 'Debian 2.0 fue publicada en julio de 1998.'),
      ),
    ).toBe(false);
  });
});

// From the Debian project's history and the Supreme Court's opinion in Tarrant v. Herrmann.
describe('a question another one answers', () => {
  it('is not asked when an earlier stem shows its key beside a name both share, either way round', () => {
    const memory = new StatementMemory();
    memory.remember(
      q(
        'Verdadero o falso: Debian 5.0 Lenny (febrero de 2009): llamada así por los prismáticos de Toy Story.',
        'Debian 5.0 Lenny (febrero de 2009): llamada así por los prismáticos de Toy Story.',
      ),
    );
    const lenny = q(
      'Complete el espacio en blanco: «Debian 5.0 (Lenny) se publicó el 14 de febrero de ____ para una arquitectura más.»',
      'Debian 5.0 (Lenny) se publicó el 14 de febrero de 2009 para una arquitectura más.',
      '2009',
      'multiple_choice',
    );
    expect(memory.repeats(lenny)).toBe(true);

    const court = new StatementMemory();
    court.remember(
      q(
        'Fill in the blank: "Once the Red River Compact was approved in ____, no signatory State pressed for a diversion."',
        'Once the Red River Compact was approved in 1980, no signatory State pressed for a diversion.',
        '1980',
        'multiple_choice',
      ),
    );
    const congress = q(
      'Fill in the blank: "____ approved the Red River Compact in 1980, transforming it into federal law."',
      'Congress approved the Red River Compact in 1980, transforming it into federal law.',
      'Congress',
      'multiple_choice',
    );
    expect(court.repeats(congress)).toBe(true);
  });

  it('is asked when the stems share no name, or the key is not shown', () => {
    const memory = new StatementMemory();
    memory.remember(
      q(
        'Fill in the blank: "Debian 4.0 (Etch) was released on 8 April ____."',
        'Debian 4.0 (Etch) was released on 8 April 2007.',
        '2007',
        'multiple_choice',
      ),
    );
    expect(
      memory.repeats(
        q(
          'Fill in the blank: "Ian Murdock founded Debian in August ____."',
          'Ian Murdock founded Debian in August 1993.',
          '1993',
          'short_answer',
        ),
      ),
    ).toBe(false);
    expect(
      memory.repeats(
        q(
          'Fill in the blank: "In 2007, Apple released the first ____ with a touch screen."',
          'In 2007, Apple released the first iPhone with a touch screen.',
          'iPhone',
          'short_answer',
        ),
      ),
    ).toBe(false);
  });
});
