import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../src/core/db/schema.ts'
import { attendanceCodes } from '../../../src/core/meetings/codes.ts'
import { markAttendance } from '../../../src/core/meetings/marks.ts'
import { rollCall as readRollCall } from '../../../src/core/meetings/rollCall.ts'
import { broken, count, crashClock, perTemplate, type CrashOperation } from '../crashOperation.ts'

/** A meeting the day before the crash clock's day, held, with no roll call yet. */
const meetingDay = '2026-11-20'

const marks = sql<{ n: number }>`select count(*) as n from attendance
    where meeting_id = (select id from meeting where date = ${meetingDay})`
const taken = sql<{ n: number }>`select count(*) as n from meeting
    where date = ${meetingDay} and roll_call_at is not null`

async function meetingId(db: Kysely<Database>): Promise<number> {
  const meeting = await db
    .selectFrom('meeting')
    .select('id')
    .where('date', '=', meetingDay)
    .executeTakeFirstOrThrow()
  return meeting.id
}

/** The members the roll call lists as expected, the ones "all others present" marks. */
async function expectedMembers(db: Kysely<Database>): Promise<number[]> {
  const call = await readRollCall(
    db,
    { meetingId: await meetingId(db), includeOthers: false },
    crashClock,
  )
  return call.rows.filter((row) => row.expected).map((row) => row.memberId)
}

const expected = perTemplate(async (before) => (await expectedMembers(before)).length)

const rollCall: CrashOperation = {
  async prepare(file) {
    await file.db
      .insertInto('meeting')
      .values({
        date: meetingDay,
        start_time: '12:30',
        type: 'board',
        created_at: '2026-11-01T10:00:00.000Z',
        updated_at: '2026-11-01T10:00:00.000Z',
        roll_call_at: null,
      })
      .execute()
  },

  /** Every expected member marked in one save, as "all others present" does. */
  async run(file) {
    const codes = await attendanceCodes(file.db)
    const present = codes.find((code) => code.meaning === 'present')
    if (present === undefined) throw new Error('the club has no code for present')
    const members = await expectedMembers(file.db)
    const all = members.map((memberId) => ({
      memberId,
      codeId: present.id,
      makeUpDate: '',
      makeUpClub: '',
      substituteName: '',
      note: '',
    }))
    await markAttendance(file.db, await meetingId(file.db), all, crashClock)
  },

  async check({ db, before }) {
    const want = await expected(before)
    const found = { marks: await count(db, marks), taken: await count(db, taken) }
    if (found.marks === 0 && found.taken === 0) return 'absent'
    if (found.marks === want && found.taken === 1) return 'complete'
    return broken(`${JSON.stringify(found)}, ${want} members expected`)
  },
}

export default rollCall
