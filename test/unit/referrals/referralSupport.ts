import type { Kysely } from 'kysely'
import type { AttendanceMeaning } from '../../../src/api/meetings.ts'
import type { MemberInput } from '../../../src/api/members.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { attendanceCodes } from '../../../src/core/meetings/codes.ts'
import { createMember } from '../../../src/core/members/memberWrite.ts'
import { person } from '../../support/members.ts'
import { fixedClock } from '../../support/temp.ts'

/** Turns the test club into a BNI chapter (PALMS codes) or leaves it Rotary, in `locale`. */
export async function makeChapter(
  db: Kysely<Database>,
  kind: 'bni' | 'rotary' = 'bni',
  locale: 'de' | 'en' = 'de',
): Promise<void> {
  await db.updateTable('club').set({ kind, locale, name: 'BNI Chapter Teststadt' }).execute()
  await attendanceCodes(db)
}

export function addPerson(
  db: Kysely<Database>,
  firstName: string,
  lastName: string,
  fields: Partial<MemberInput> = {},
): Promise<number> {
  return createMember(db, person({ firstName, lastName, ...fields }), 'active', fixedClock)
}

/** A BNI chapter of three: Anna Arndt, Bernd Brandt and Carla Conrad. */
export async function threeMembers(db: Kysely<Database>) {
  await makeChapter(db)
  const anna = await addPerson(db, 'Anna', 'Arndt')
  const bernd = await addPerson(db, 'Bernd', 'Brandt')
  const carla = await addPerson(db, 'Carla', 'Conrad')
  return { anna, bernd, carla }
}

/** A meeting on `date`; with `rollCall` as if its first mark was taken. */
export async function addMeeting(
  db: Kysely<Database>,
  date: string,
  fields: { rollCall?: boolean; status?: 'scheduled' | 'cancelled'; topic?: string } = {},
): Promise<number> {
  const now = '2026-11-21T10:00:00.000Z'
  const row = await db
    .insertInto('meeting')
    .values({
      date,
      start_time: '07:00',
      end_time: '08:30',
      place: 'Hotel am Markt',
      type: 'regular',
      status: fields.status ?? 'scheduled',
      topic: fields.topic ?? '',
      roll_call_at: fields.rollCall === false ? null : now,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Marks a member with the club's code of `meaning`. */
export async function mark(
  db: Kysely<Database>,
  meetingId: number,
  memberId: number,
  meaning: AttendanceMeaning,
  fields: { makeUpDate?: string; substituteName?: string } = {},
): Promise<void> {
  const code = (await attendanceCodes(db)).find((c) => c.meaning === meaning)
  if (code === undefined) throw new Error(`no code for ${meaning}`)
  await db
    .insertInto('attendance')
    .values({
      meeting_id: meetingId,
      member_id: memberId,
      code_id: code.id,
      make_up_date: fields.makeUpDate ?? '',
      substitute_name: fields.substituteName ?? '',
      recorded_at: '2026-11-21T10:00:00.000Z',
    })
    .execute()
}

/** A guest's visit to a meeting, invited by `invitedBy`. */
export async function addVisit(
  db: Kysely<Database>,
  meetingId: number,
  lastName: string,
  invitedBy: number | null,
): Promise<void> {
  const now = '2026-11-21T10:00:00.000Z'
  const guest = await db
    .insertInto('guest')
    .values({ last_name: lastName, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('guest_visit')
    .values({
      guest_id: guest.id,
      meeting_id: meetingId,
      invited_by_id: invitedBy,
      created_at: now,
    })
    .execute()
}

export const referral = (fromId: number, toId: number, date = '2026-10-01') => ({
  id: null,
  fromId,
  toId,
  date,
  type: 'inside' as const,
  contactName: 'Erika Beispiel',
  contactDetails: '0171 1234567',
  interest: 4,
  status: 'open' as const,
  note: '',
})

export const tyfcb = (
  receiverId: number,
  giverId: number,
  amountCents: number,
  fields: { referralId?: number | null; kind?: 'referral' | 'new' | 'repeat'; date?: string } = {},
) => ({
  id: null,
  receiverId,
  giverId,
  referralId: fields.referralId ?? null,
  kind: fields.kind ?? 'new',
  date: fields.date ?? '2026-10-15',
  amountCents,
  note: '',
})
