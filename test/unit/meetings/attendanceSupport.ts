import type { Kysely } from 'kysely'
import type { MarkInput } from '../../../src/api/attendance.ts'
import type { AttendanceMeaning } from '../../../src/api/meetings.ts'
import type { MemberInput, StatusAction } from '../../../src/api/members.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { attendanceCodes } from '../../../src/core/meetings/codes.ts'
import { markAttendance } from '../../../src/core/meetings/marks.ts'
import { changeStatus } from '../../../src/core/members/memberStatus.ts'
import { createMember } from '../../../src/core/members/memberWrite.ts'
import { person } from '../../support/members.ts'
import { fixedClock } from '../../support/temp.ts'

/** An active member (or a prospect), with a status action taken afterwards when asked. */
export async function addMember(
  db: Kysely<Database>,
  fields: Partial<MemberInput> & { action?: StatusAction; actionDate?: string; prospect?: boolean },
): Promise<number> {
  const { action, actionDate, prospect, ...input } = fields
  const id = await createMember(
    db,
    person(input),
    prospect === true ? 'prospect' : 'active',
    fixedClock,
  )
  if (action !== undefined) {
    await changeStatus(db, id, action, actionDate ?? '2026-01-01', '', fixedClock)
  }
  return id
}

/** A regular meeting on `date`, straight into the table (the series code is not needed here). */
export async function addMeeting(
  db: Kysely<Database>,
  date: string,
  fields: { status?: 'scheduled' | 'cancelled' } = {},
): Promise<number> {
  const now = '2026-01-01T00:00:00.000Z'
  const row = await db
    .insertInto('meeting')
    .values({
      series_id: null,
      series_date: null,
      date,
      start_time: '12:30',
      type: 'regular',
      status: fields.status ?? 'scheduled',
      roll_call_at: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** The id of the club's code with this meaning. */
export async function codeOf(db: Kysely<Database>, meaning: AttendanceMeaning): Promise<number> {
  const code = (await attendanceCodes(db)).find((c) => c.meaning === meaning)
  if (code === undefined) throw new Error(`no code meaning ${meaning}`)
  return code.id
}

export function markOf(memberId: number, codeId: number | null, fields: Partial<MarkInput> = {}) {
  return {
    memberId,
    codeId,
    makeUpDate: '',
    makeUpClub: '',
    substituteName: '',
    note: '',
    ...fields,
  }
}

/** Marks one member at one meeting with the code of `meaning`. */
export async function mark(
  db: Kysely<Database>,
  meetingId: number,
  memberId: number,
  meaning: AttendanceMeaning,
  fields: Partial<MarkInput> = {},
): Promise<void> {
  const codeId = await codeOf(db, meaning)
  await markAttendance(db, meetingId, [markOf(memberId, codeId, fields)], fixedClock)
}

export async function addLeave(
  db: Kysely<Database>,
  memberId: number,
  from: string,
  to: string,
): Promise<void> {
  await db
    .insertInto('member_leave')
    .values({ member_id: memberId, from_date: from, to_date: to, created_at: '2026-01-01' })
    .execute()
}
