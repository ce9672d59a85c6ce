import { onThread, threadScript } from '../threads.ts'
import { foldAllForSearch } from './fold.ts'

const foldWorker = threadScript(import.meta.url, 'foldWorker')

/**
 * `foldAllForSearch` on a worker thread, while the caller goes on writing. Never rejects:
 * where no thread starts, or it fails, the texts are folded here, as they would be anyway.
 */
export function foldOnThread(
  texts: readonly string[],
  script: URL = foldWorker,
): Promise<string[]> {
  const isFold = (answer: unknown): answer is string[] =>
    Array.isArray(answer) &&
    answer.length === texts.length &&
    answer.every((text) => typeof text === 'string')
  return onThread(script, texts, isFold, () => foldAllForSearch(texts))
}
