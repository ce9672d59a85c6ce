import type { Kysely } from 'kysely'
import { join } from 'node:path'
import type { AttendanceMeaning } from '../../src/api/meetings.ts'
import type { Clock } from '../../src/core/clock.ts'
import { addDays } from '../../src/api/clubYear.ts'
import { insertClub } from '../../src/core/club/profile.ts'
import { bulkInsert } from '../../src/core/db/bulkInsert.ts'
import { createClubFile } from '../../src/core/db/createClubFile.ts'
import { openClubFile } from '../../src/core/db/openClubFile.ts'
import type { Database } from '../../src/core/db/schema.ts'
import { createRandom, type Random } from '../../src/core/demo/random.ts'
import { attendanceReport } from '../../src/core/meetings/attendanceReport.ts'
import { attendanceCodes } from '../../src/core/meetings/codes.ts'
import { sortKeys } from '../../src/core/members/searchIndex.ts'

/** A Rotary club of 150 members over five years of weekly meetings (target: under 200 ms). */
const members = 150
const clock: Clock = { now: () => new Date('2026-11-21T10:00:00Z') }
const now = clock.now().toISOString()
const range = { from: '2021-11-22', to: '2026-11-21' }
const runs = 9

interface BenchMember {
  readonly id: number
  readonly status: 'active' | 'honorary' | 'former'
  readonly joinDate: string | null
  readonly leaveDate: string | null
}

/** 140 active members (ten joined during the five years), 5 honorary, 5 who left lately. */
function benchMembers(random: Random): BenchMember[] {
  return Array.from({ length: members }, (_, index) => {
    const id = index + 1
    if (index >= 145) {
      return { id, status: 'former', joinDate: null, leaveDate: `2026-0${index - 144}-15` }
    }
    if (index >= 140) return { id, status: 'honorary', joinDate: null, leaveDate: null }
    const joined = index < 10 ? addDays(range.from, random.int(0, 900)) : null
    return { id, status: 'active', joinDate: joined, leaveDate: null }
  })
}

async function insertMembers(db: Kysely<Database>, list: readonly BenchMember[]): Promise<void> {
  const rows = list.map((member) => {
    const names = {
      kind: 'person' as const,
      title: null,
      first_name: `Vorname${member.id}`,
      last_name: `Mitglied${String(member.id).padStart(3, '0')}`,
      name_affix: null,
      organisation_name: null,
    }
    return {
      id: member.id,
      member_number: String(member.id),
      status: member.status,
      join_date: member.joinDate,
      leave_date: member.leaveDate,
      ...names,
      ...sortKeys(names),
      created_at: now,
      updated_at: now,
    }
  })
  const columns = Object.keys(rows[0] ?? {}) as (keyof (typeof rows)[number])[]
  await bulkInsert(db, 'member', columns, rows)
}

/** The meaning of one mark: mostly present, some absences and excuses, make-ups, leaves; a few members stay unmarked (absent). */
function meaningOf(random: Random): AttendanceMeaning | null {
  const roll = random.next()
  if (roll < 0.7) return 'present'
  if (roll < 0.8) return 'absent'
  if (roll < 0.87) return 'excused'
  if (roll < 0.95) return 'make_up'
  if (roll < 0.995) return 'leave'
  return null
}

async function fillClub(db: Kysely<Database>): Promise<number> {
  const random = createRandom(0x6e7)
  await insertClub(db, { name: 'RC Benchmark', kind: 'rotary', locale: 'de' }, clock)
  const list = benchMembers(random)
  await insertMembers(db, list)
  const codes = new Map((await attendanceCodes(db)).map((code) => [code.meaning, code.id]))

  const meetings: { id: number; date: string; status: 'scheduled' | 'cancelled' }[] = []
  for (let date = '2021-11-23'; date <= range.to; date = addDays(date, 7)) {
    // The week between Christmas and New Year is cancelled.
    const status = date.slice(5) >= '12-24' && date.slice(5) <= '12-31' ? 'cancelled' : 'scheduled'
    meetings.push({ id: meetings.length + 1, date, status })
  }
  await bulkInsert(
    db,
    'meeting',
    ['id', 'date', 'start_time', 'type', 'status', 'roll_call_at', 'created_at', 'updated_at'],
    meetings.map((m) => ({
      ...m,
      start_time: '12:30',
      type: 'regular',
      roll_call_at: m.status === 'scheduled' ? now : null,
      created_at: now,
      updated_at: now,
    })),
  )

  const attendance = []
  for (const meeting of meetings) {
    if (meeting.status === 'cancelled') continue
    for (const member of list) {
      if (member.joinDate !== null && member.joinDate > meeting.date) continue
      if (member.leaveDate !== null && member.leaveDate <= meeting.date) continue
      const meaning = meaningOf(random)
      if (meaning === null) continue
      // Most make-ups lie in the fortnight before; one in ten up to 400 days back, often in the
      // Rotary year before, where it does not count.
      const makeUp = meaning === 'make_up'
      attendance.push({
        meeting_id: meeting.id,
        member_id: member.id,
        code_id: codes.get(meaning) as number,
        make_up_date: makeUp
          ? addDays(meeting.date, -random.int(1, random.chance(0.1) ? 400 : 14))
          : '',
        make_up_club: makeUp ? 'RC Nachbarort' : '',
        recorded_at: now,
      })
    }
  }
  await bulkInsert(
    db,
    'attendance',
    ['meeting_id', 'member_id', 'code_id', 'make_up_date', 'make_up_club', 'recorded_at'],
    attendance,
  )
  const leaves = Array.from({ length: 30 }, () => {
    const from = addDays(range.from, random.int(0, 1750))
    return {
      member_id: random.int(1, 140),
      from_date: from,
      to_date: addDays(from, random.int(14, 90)),
      created_at: now,
    }
  })
  await bulkInsert(db, 'member_leave', ['member_id', 'from_date', 'to_date', 'created_at'], leaves)
  return attendance.length
}

/** The attendance report over five years of the club: the median of several runs. */
export async function benchMeetings(dir: string): Promise<Record<string, number>> {
  const path = join(dir, 'meetings.kreis')
  let rows = 0
  await createClubFile(path, async (db) => {
    rows = await db.transaction().execute(fillClub)
  })
  const file = await openClubFile(path, { clock })
  const round = (ms: number) => Math.round(ms * 10) / 10
  const median = (values: readonly number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
  try {
    const times: number[] = []
    // Processor time beside the clock's: on a busy machine the wall time mostly measures waiting.
    const cpuTimes: number[] = []
    let meetings = 0
    for (let run = 0; run < runs; run++) {
      const cpu = process.cpuUsage()
      const started = performance.now()
      const report = await attendanceReport(file.db, range, clock)
      times.push(performance.now() - started)
      const used = process.cpuUsage(cpu)
      cpuTimes.push((used.user + used.system) / 1000)
      meetings = report.meetings
    }
    const figures = {
      'meetings.report.members': members,
      'meetings.report.meetings': meetings,
      'meetings.report.attendanceRows': rows,
      'meetings.report.first.ms': round(times[0] ?? 0),
      'meetings.report.ms': round(median(times)),
      'meetings.report.cpu.ms': round(median(cpuTimes)),
    }
    console.log(
      `attendance report (${members} members, ${meetings} meetings, ${rows} marks): ` +
        `median ${figures['meetings.report.ms']} ms of ${runs} ` +
        `(${figures['meetings.report.cpu.ms']} ms processor time), ` +
        `first ${figures['meetings.report.first.ms']} ms`,
    )
    return figures
  } finally {
    await file.db.destroy()
  }
}
