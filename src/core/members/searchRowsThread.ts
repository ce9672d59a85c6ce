import { onThread, threadScript } from '../threads.ts'
import { searchRowsHere, searchRowsInput, type Indexed } from './searchRows.ts'

const searchRowsWorker = threadScript(import.meta.url, 'searchRowsWorker')

/**
 * `searchRowsHere` on a worker thread, while the caller goes on writing. Never rejects: where
 * no thread starts, it fails, or a text held a separator the thread parts the texts by, the
 * rows are made here, as they would be anyway.
 */
export async function searchRowsOnThread(
  ids: readonly number[],
  members: readonly Indexed[],
  script: URL = searchRowsWorker,
): Promise<string> {
  const isRows = (answer: unknown): answer is string | null => typeof answer === 'string'
  const rows = await onThread(script, searchRowsInput(ids, members), isRows, () => null)
  return rows ?? searchRowsHere(ids, members)
}
