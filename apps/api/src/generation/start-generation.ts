// Starting a generation: the options checked, the document found, the server's limits applied, and a job created
// and launched, or the one an Idempotency-Key already started joined. Plain arguments in, the job out, an
// AppError (a code of the contract) for every refusal; the route only reads HTTP and streams the job.
import { GenerateOptions, type JobInfo } from '@quizstream/core';
import type { AppContext } from '../app-context.js';
import { AppError, checkId, notFound } from '../errors.js';
import { newId } from '../ids.js';
import { refuseOverBudget } from '../jobs/daily-token-budget.js';
import type { Account } from '../store/account.js';
import type { StreamPlace } from '../stream/open-streams.js';

export type GenerationContext = Pick<AppContext, 'config' | 'store' | 'files' | 'generators' | 'hub'>;

export interface StartGeneration {
  documentId: string;
  /** The request's options as sent (checked here). */
  options: unknown;
  /** The client's Idempotency-Key, if any: the same key joins the same job (per account). */
  idempotencyKey: string | null;
  account: Account;
  /**
   * Takes the caller's place among the open streams (refusing a caller with too many), once the request is
   * known to be valid and before anything starts; given back here if starting fails.
   */
  holdStream: () => StreamPlace;
}

export interface StartedGeneration {
  job: JobInfo;
  /** False when an Idempotency-Key joined a job started before. */
  created: boolean;
  /** The caller's place among the open streams, to release when its stream ends. */
  place: StreamPlace;
}

export async function startGeneration(ctx: GenerationContext, input: StartGeneration): Promise<StartedGeneration> {
  const { config, store, hub } = ctx;
  const documentId = checkId('document', input.documentId);
  // No body means the defaults; a body must be an object (JSON null is not one).
  const parsed = GenerateOptions.safeParse(input.options === undefined ? {} : input.options);
  if (!parsed.success) {
    throw invalidOptions(parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })));
  }
  const options = parsed.data;
  const generator = ctx.generators.for(options);
  const document = await store.getDocument(documentId, input.account);
  if (!document) throw notFound('document', documentId);
  for (const field of ['pageFrom', 'pageTo'] as const) {
    const page = options[field];
    if (page !== undefined && page > document.pages) {
      throw invalidOptions([
        { field, message: `the document has ${document.pages} pages, so ${field} must be at most ${document.pages}` },
      ]);
    }
  }
  if (!hub.isAccepting) {
    throw new AppError(503, 'shutting_down', 'The server is restarting; try again in a few seconds.');
  }
  const key =
    input.idempotencyKey !== null && input.account ? `${input.account}/${input.idempotencyKey}` : input.idempotencyKey;
  const place = input.holdStream();
  try {
    if (hub.runningCount >= config.MAX_CONCURRENT_JOBS) {
      // A retried POST still joins its job; only a new job waits for room.
      const existing = key === null ? null : await store.findJobByIdempotencyKey(key);
      if (!existing) {
        throw new AppError(
          503,
          'overloaded',
          `This server is running as many quiz generations as it can (${config.MAX_CONCURRENT_JOBS}); try again in a few seconds.`,
        );
      }
    }
    // A retried POST joins its job; only a new job is weighed against the owner's daily LLM budget.
    const joins = key !== null && config.LLM_DAILY_TOKEN_BUDGET > 0;
    if (!joins || !(await store.findJobByIdempotencyKey(key))) {
      await refuseOverBudget(ctx, input.account ?? null, options);
    }
    const { job, created } = await store.createJob({
      id: newId('job'),
      documentId,
      options,
      idempotencyKey: key,
      owner: hub.instanceId,
      leaseMs: config.JOB_LEASE_MS,
      account: input.account,
    });
    if (job.documentId !== documentId) {
      throw new AppError(409, 'idempotency_key_reused', 'This Idempotency-Key was already used for another document.');
    }
    if (created) hub.run(job, document, await ctx.files.read(documentId), generator);
    // From here the stream holds the client's place until it ends.
    return { job, created, place };
  } catch (error) {
    place.release();
    throw error;
  }
}

function invalidOptions(details: { field: string; message: string }[]): AppError {
  const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
  return new AppError(400, 'invalid_options', `Invalid options: ${summary}`, details);
}
