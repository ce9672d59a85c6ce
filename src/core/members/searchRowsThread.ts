import { onThread, threadScript } from '../threads.ts'
import { searchRowsHere, searchRowsInput, type IndexedMember } from './searchRows.ts'

const searchRowsWorker = threadScript(import.meta.url, 'searchRowsWorker')

/**
 * `searchRowsHere` on a worker thread, while the caller goes on writing. Never rejects: where
 * no thread starts, it fails, or a text held a separator the thread parts the texts by, the
 * rows are made here, as they would be anyway.
 */
export async function searchRowsOnThread(
  members: readonly IndexedMember[],
  script: URL = searchRowsWorker,
): Promise<string> {
  const isRows = (answer: unknown): answer is string => typeof answer === 'string'
  const rows = await onThread<string | null>(script, searchRowsInput(members), isRows, () => null)
  return rows ?? searchRowsHere(members)
}
