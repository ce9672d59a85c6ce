import { memberDataColumns } from '../members/memberDataColumns.ts'
import type { DemoMember } from './types.ts'

/** Every column the demo writes; the check below keeps it in step with DemoMember. */
export const memberColumns = [
  'id',
  ...memberDataColumns,
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof DemoMember)[]

// Does not compile while a column of DemoMember is missing from the list above.
type Unlisted = Exclude<keyof DemoMember, (typeof memberColumns)[number]>
export const allListed: [Unlisted] extends [never] ? true : Unlisted = true
