import { describe, expect, it } from 'vitest';
import { StatementMemory } from './statement-memory.js';

const q = (prompt: string, quote: string) => ({ prompt, source: { page: 1, quote } });

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
