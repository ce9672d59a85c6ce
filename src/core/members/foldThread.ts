import { onThread, threadScript } from '../threads.ts'
import { foldAllForSearch, joinTexts, partTexts } from './fold.ts'

const foldWorker = threadScript(import.meta.url, 'foldWorker')

/**
 * `foldAllForSearch` on a worker thread, while the caller goes on writing. Never rejects:
 * where no thread starts, it fails, or a text held the separator that joins them, the texts
 * are folded here, as they would be anyway.
 */
export async function foldOnThread(
  texts: readonly string[],
  script: URL = foldWorker,
): Promise<string[]> {
  const isText = (answer: unknown): answer is string | null => typeof answer === 'string'
  const folded = await onThread(script, joinTexts(texts), isText, () => null)
  const parts = folded === null ? [] : partTexts(folded)
  return parts.length === texts.length ? parts : foldAllForSearch(texts)
}
