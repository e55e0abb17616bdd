/**
 * Bad input from the user (an input, a flag, a file): reported as one clear line that names the
 * input, the value and what is accepted. The CLI exits 2 on it; the Action fails the step.
 */
export class InputError extends Error {
  override name = 'InputError';
}

/** The message of anything thrown, without a stack. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
