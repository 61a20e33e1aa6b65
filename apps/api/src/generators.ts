// The question generators this server offers, built once at start-up from the configuration: the offline
// generator always, the LLM generator when a provider is configured. One LLM generator per process, so its
// call scheduler serves all jobs together, in turn (provider rate limits are per key).
import {
  createLlmGenerator,
  createOfflineGenerator,
  type GenerateOptions,
  type QuestionGenerator,
  warmUpOfflineGenerator,
} from '@quizstream/core';
import type { Config } from './config.js';
import { AppError } from './errors.js';

export type GeneratorId = 'offline' | 'llm';

export class Generators {
  private constructor(
    private readonly all: Map<GeneratorId, QuestionGenerator>,
    readonly defaultId: GeneratorId,
  ) {}

  static async create(config: Config, override?: QuestionGenerator): Promise<Generators> {
    const all = new Map<GeneratorId, QuestionGenerator>();
    if (override) {
      all.set('offline', override);
      return new Generators(all, 'offline');
    }
    // Loads the language model now, so the first job's first question does not pay for it.
    await warmUpOfflineGenerator();
    all.set('offline', createOfflineGenerator());
    if (config.llm && config.QUIZ_GENERATOR !== 'offline') all.set('llm', createLlmGenerator(config.llm));
    return new Generators(all, all.has('llm') ? 'llm' : 'offline');
  }

  list(): { id: GeneratorId; name: string }[] {
    return [...this.all].map(([id, generator]) => ({ id, name: generator.name }));
  }

  /** The generator a job asked for, or the default; a 400 when it asks for one this server does not have. */
  for(options: Pick<GenerateOptions, 'generator'>): QuestionGenerator {
    const id = options.generator ?? this.defaultId;
    const generator = this.all.get(id);
    if (!generator) {
      throw new AppError(
        400,
        'generator_unavailable',
        `The "${id}" generator is not configured on this server (available: ${[...this.all.keys()].join(', ')}).`,
      );
    }
    return generator;
  }
}
