// The AppError a use case refuses with, for tests that call use cases without HTTP.
import { expect } from 'vitest';
import { AppError } from '../src/errors.js';

export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
