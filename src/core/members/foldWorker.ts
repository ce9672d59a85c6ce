import { parentPort, workerData } from 'node:worker_threads'
import { foldAllForSearch } from './fold.ts'

// `foldAllForSearch` of the texts in `workerData`, on a thread of its own, so that an import
// folds its members' search texts while it writes their rows (see foldThread.ts). It imports
// the fold alone, since a thread starts by loading its modules anew.

const texts: unknown = workerData
if (
  parentPort !== null &&
  Array.isArray(texts) &&
  texts.every((text): text is string => typeof text === 'string')
) {
  parentPort.postMessage(foldAllForSearch(texts))
}
