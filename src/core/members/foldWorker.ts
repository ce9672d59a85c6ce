import { parentPort, workerData } from 'node:worker_threads'
import { foldForSearch } from './fold.ts'

// `foldForSearch` of the joined texts in `workerData` (see `joinTexts`), on a thread of its
// own, so that an import folds its members' search texts while it writes their rows (see
// foldThread.ts). It imports the fold alone, since a thread starts by loading its modules anew.

const joined: unknown = workerData
if (parentPort !== null && typeof joined === 'string') parentPort.postMessage(foldForSearch(joined))
