import type { Kysely, KyselyPlugin } from 'kysely'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/api/clubYear.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { attendanceReport } from '../../../src/core/meetings/attendanceReport.ts'
import { markAttendance } from '../../../src/core/meetings/marks.ts'
import { listMeetings } from '../../../src/core/meetings/meetings.ts'
import { chapterReport } from '../../../src/core/referrals/chapterReport.ts'
import { useClub } from '../../support/session.ts'
import { fixedClock } from '../../support/temp.ts'
import { addLeave, addMeeting, addMember, codeOf, markOf } from './attendanceSupport.ts'

const { session } = useClub({ name: 'Rotary Club Teststadt', kind: 'rotary' })
const db = () => session().requireClub().db

/** The same database, counting the statements sent to it. */
function counted(base: Kysely<Database>) {
  let statements = 0
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      statements++
      return args.node
    },
    transformResult: async (args) => args.result,
  }
  return { db: base.withPlugin(plugin), statements: () => statements }
}

/** A Rotary year of weekly meetings so far, each with a roll call, for eight members. */
async function year(): Promise<number> {
  const members: number[] = []
  for (let i = 0; i < 8; i++) {
    members.push(await addMember(db(), { firstName: 'Test', lastName: `Mitglied ${i}` }))
  }
  await addLeave(db(), members[0] ?? 0, '2026-09-01', '2026-10-31')
  const present = await codeOf(db(), 'present')
  let meetings = 0
  for (let date = '2026-07-07'; date <= '2026-11-17'; date = addDays(date, 7)) {
    const id = await addMeeting(db(), date)
    const marks = members.slice(meetings % 3).map((member) => markOf(member, present))
    await markAttendance(db(), id, marks, fixedClock)
    meetings++
  }
  return meetings
}

describe('reading the figures of many meetings', () => {
  it('takes a handful of statements, however many meetings and members there are', async () => {
    const meetings = await year()
    const range = { from: '2026-07-01', to: '2027-06-30' }

    const list = counted(db())
    const summaries = await listMeetings(list.db, range)
    expect(summaries).toHaveLength(meetings)
    expect(summaries.every((meeting) => meeting.rollCallTaken)).toBe(true)
    expect(list.statements()).toBeLessThanOrEqual(8)

    const report = counted(db())
    expect((await attendanceReport(report.db, range, fixedClock)).meetings).toBe(meetings)
    expect(report.statements()).toBeLessThanOrEqual(10)

    const chapter = counted(db())
    expect((await chapterReport(chapter.db, range, fixedClock)).rows).toHaveLength(8)
    expect(chapter.statements()).toBeLessThanOrEqual(12)
  })
})
