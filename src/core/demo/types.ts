import type { NewMember } from '../db/schema.ts'
import type { Day } from './days.ts'
import type { Calendar } from './lifeDates.ts'
import type { Random } from './random.ts'

/**
 * Every column the demo writes, null where empty. Photos are drawn as the rows are written
 * (demoPhotos.ts); the sort keys are left to their column defaults, which ensureSearchIndex
 * derives from the names once the file is filled.
 */
export type DemoMember = Required<
  Omit<NewMember, 'photo' | 'photo_mime' | 'sort_key_de' | 'sort_key_en'>
>

/** What the generator decides for every member, whatever its kind. */
export type CommonFields = Pick<
  DemoMember,
  | 'id'
  | 'member_number'
  | 'kind'
  | 'status'
  | 'join_date'
  | 'leave_date'
  | 'leave_reason'
  | 'sponsor_id'
  | 'membership_type_id'
  | 'sector_id'
  | 'notes'
  | 'created_at'
  | 'updated_at'
>

/** What a person or an organisation adds. */
export type KindFields = Omit<DemoMember, keyof CommonFields>

export interface MemberContext {
  readonly random: Random
  readonly calendar: Calendar
  /** Decides the generation of first names and who is senior enough for a professorship. */
  readonly birth: Day
}
