/** The import's two steps: look at what a file would do, then do it. */
export { previewImport } from './preview.ts'
export { commitImport } from './commit.ts'
export type { ImportOptions } from './plan.ts'
export type { ImportCommitOptions } from './commit.ts'
