import { parentPort, workerData } from 'node:worker_threads'
import { searchRowsJson, type SearchRowsInput } from './searchRows.ts'

// The search-index rows of the members in `workerData` (see `searchRowsInput`), on a thread of
// its own, so that an import makes them while it writes the members' rows (see
// searchRowsThread.ts). It imports the rows' module alone, since a thread starts by loading its
// modules anew.

function isInput(data: unknown): data is SearchRowsInput {
  if (typeof data !== 'object' || data === null) return false
  const { texts, ids, former } = data as Record<string, unknown>
  return typeof texts === 'string' && Array.isArray(ids) && former instanceof Uint8Array
}

const input: unknown = workerData
if (parentPort !== null && isInput(input)) parentPort.postMessage(searchRowsJson(input))
