import { KreisError } from '../../src/api/errors.ts'

/** The KreisError `work` fails with; anything else, success included, fails the test. */
export async function refusal(work: Promise<unknown>): Promise<KreisError> {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  )
  if (!(error instanceof KreisError)) throw new Error(`expected a KreisError, got ${String(error)}`)
  return error
}
