import * as v from 'valibot'
import type { AttendanceCode, Meeting } from './meetings.ts'
import { OptionalDateSchema, DateSchema, type MemberRef } from './members.ts'
import { IdSchema as id, requiredText, text } from './schemaParts.ts'

// The roll call, leaves of absence, guests and the attendance figures.

export interface AttendanceMark {
  readonly memberId: number
  /** null: not marked yet, which counts as absent once the roll call is taken. */
  readonly codeId: number | null
  readonly makeUpDate: string
  readonly makeUpClub: string
  readonly substituteName: string
  readonly note: string
}

export const MarkSchema = v.strictObject({
  memberId: id,
  codeId: v.nullable(id),
  makeUpDate: OptionalDateSchema,
  makeUpClub: text(200),
  substituteName: text(200),
  note: text(500),
})
export type MarkInput = v.InferOutput<typeof MarkSchema>

export const MarkInputSchema = v.strictObject({ meetingId: id, mark: MarkSchema })
/** Several marks in one transaction (the CLI's `--set a=p b=x`, "mark all present"). */
export const MarksInputSchema = v.strictObject({
  meetingId: id,
  marks: v.pipe(v.array(MarkSchema), v.minLength(1), v.maxLength(5000)),
})

export interface RollCallRow extends AttendanceMark {
  readonly member: MemberRef
  readonly status: string
  /** On a leave of absence that covers the meeting's day. */
  readonly onLeave: boolean
  /** Not among the expected members (shown because asked for, or marked anyway). */
  readonly expected: boolean
}

export interface RollCall {
  readonly meeting: Meeting
  readonly codes: readonly AttendanceCode[]
  readonly rows: readonly RollCallRow[]
  readonly visits: readonly GuestVisit[]
}

export const RollCallQuerySchema = v.strictObject({
  meetingId: id,
  /** Also list honorary, on-leave and prospect members. */
  includeOthers: v.boolean(),
})

export interface Leave {
  readonly id: number
  readonly memberId: number
  readonly from: string
  readonly to: string
  readonly note: string
}

export const LeaveInputSchema = v.strictObject({
  id: v.nullable(id),
  memberId: id,
  from: DateSchema,
  to: DateSchema,
  note: text(500),
})

export interface Guest {
  readonly id: number
  readonly firstName: string
  readonly lastName: string
  readonly company: string
  readonly sector: string
  readonly email: string
  readonly phone: string
  readonly note: string
  readonly visits: number
  readonly lastVisit: string | null
  readonly invitedBy: MemberRef | null
  /** Set once the guest was turned into a (prospect) member. */
  readonly memberId: number | null
}

export const GuestInputSchema = v.strictObject({
  id: v.nullable(id),
  firstName: text(100),
  lastName: requiredText(100),
  company: text(200),
  sector: text(200),
  email: text(200),
  phone: text(60),
  note: text(1000),
})
export type GuestInput = v.InferOutput<typeof GuestInputSchema>

export interface GuestVisit {
  readonly id: number
  readonly meetingId: number
  readonly guest: Guest
  readonly invitedBy: MemberRef | null
  /** 1 for the first visit, 2 for the second … counted up to this meeting. */
  readonly visitNumber: number
}

/** Records a visit of a known guest (`guestId`) or of a new one (`guest`). */
export const VisitInputSchema = v.strictObject({
  meetingId: id,
  guestId: v.nullable(id),
  guest: v.nullable(GuestInputSchema),
  invitedById: v.nullable(id),
})

export const GuestQuerySchema = v.strictObject({ search: text(200) })

export interface AttendanceCounts {
  readonly present: number
  readonly absent: number
  readonly excused: number
  readonly makeUp: number
  readonly leave: number
  readonly late: number
  readonly medical: number
  readonly substitute: number
}

export interface MemberAttendance {
  readonly member: MemberRef
  readonly counts: AttendanceCounts
  /** Meetings in the period the member was expected at and not on leave for. */
  readonly expected: number
  /** present + late + make-ups that count (same Rotary year). */
  readonly attended: number
  /** attended / expected, 0–100 with one decimal; null when nothing was expected. */
  readonly percent: number | null
  readonly belowThreshold: boolean
  /** BNI: absences in the six months up to the period's end. */
  readonly absencesRolling: number
  readonly overAbsenceLimit: boolean
}

export interface MeetingPoint {
  readonly meetingId: number
  readonly date: string
  readonly percent: number | null
  readonly attended: number
  readonly expected: number
}

export interface AttendanceReport {
  readonly from: string
  readonly to: string
  /** Meetings in the period with a roll call. */
  readonly meetings: number
  readonly members: readonly MemberAttendance[]
  readonly points: readonly MeetingPoint[]
  /** All attendances over all expectations; null when nothing was expected. */
  readonly clubPercent: number | null
  readonly thresholdPercent: number
  readonly absenceLimit: number
}
