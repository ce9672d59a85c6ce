import type { CrashOperation } from './crashOperation.ts'

export interface OperationEntry {
  readonly name: string
  /** Loaded on demand: the child process imports only the operation it runs. */
  readonly load: () => Promise<CrashOperation>
}

const entry = (name: string, load: () => Promise<{ default: CrashOperation }>) => ({
  name,
  load: async () => (await load()).default,
})

/**
 * The operations the crash test kills. Adding one is a module in operations/ whose default
 * export is a `CrashOperation`, and a line here.
 */
export const crashOperations: readonly OperationEntry[] = [
  entry('memberImport', () => import('./operations/memberImport.ts')),
  entry('billingRun', () => import('./operations/billingRun.ts')),
  entry('dunningRun', () => import('./operations/dunningRun.ts')),
  entry('sepaExport', () => import('./operations/sepaExport.ts')),
  entry('sectorMerge', () => import('./operations/sectorMerge.ts')),
  entry('rollCall', () => import('./operations/rollCall.ts')),
]

export function operationNamed(name: string): OperationEntry {
  const found = crashOperations.find((operation) => operation.name === name)
  if (found === undefined) throw new Error(`no crash operation named ${name}`)
  return found
}
