import * as v from 'valibot'
import { DateSchema, OptionalDateSchema } from './members.ts'
import { IdSchema as id, requiredText, text } from './schemaParts.ts'

export const meetingTypes = [
  'regular',
  'board',
  'general_assembly',
  'social',
  'joint',
  'online',
] as const
export type MeetingType = (typeof meetingTypes)[number]

export const seriesIntervals = ['weekly', 'fortnightly', 'monthly'] as const
export type SeriesInterval = (typeof seriesIntervals)[number]

/**
 * What an attendance code means for the figures. The codes themselves (key, labels) are the
 * club's to edit; the meaning is fixed so the rules can count them:
 * - present, late, make_up (Rotary: within the same Rotary year) count as attended;
 * - absent counts as an absence; excused is shown apart but is an absence for the percentage;
 * - leave excludes the member from the meeting's count;
 * - medical and substitute (BNI) are not absences and not attendances.
 */
export const attendanceMeanings = [
  'present',
  'absent',
  'excused',
  'make_up',
  'leave',
  'late',
  'medical',
  'substitute',
] as const
export type AttendanceMeaning = (typeof attendanceMeanings)[number]

/** `HH:MM`, 24 hours. */
export const TimeSchema = v.pipe(v.string(), v.trim(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time'))
export const OptionalTimeSchema = v.pipe(
  v.string(),
  v.trim(),
  v.regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/, 'time'),
)

export const RangeSchema = v.strictObject({ from: DateSchema, to: DateSchema })
export type DateRange = v.InferOutput<typeof RangeSchema>

export interface MeetingSettings {
  /** Rotary/Lions: members below this attendance percentage are highlighted. */
  readonly thresholdPercent: number
  /** BNI: absences allowed per rolling six months before the warning. */
  readonly absenceLimit: number
  /** Referrals, TYFCB and one-to-ones shown in the app (BNI and business clubs). */
  readonly showReferrals: boolean
  /** Which statuses the roll call expects besides active members. */
  readonly expectHonorary: boolean
}

export const MeetingSettingsSchema = v.strictObject({
  thresholdPercent: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  absenceLimit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(26)),
  showReferrals: v.boolean(),
  expectHonorary: v.boolean(),
})

export interface AttendanceCode {
  readonly id: number
  readonly meaning: AttendanceMeaning
  /** The roll call's keystroke (one letter or digit, unique among active codes). */
  readonly key: string
  readonly labelDe: string
  readonly labelEn: string
  readonly active: boolean
  readonly sortOrder: number
}

export const AttendanceCodesSchema = v.pipe(
  v.array(
    v.strictObject({
      id: v.nullable(id),
      meaning: v.picklist(attendanceMeanings),
      key: v.pipe(v.string(), v.trim(), v.regex(/^[a-z0-9]$/i, 'key')),
      labelDe: requiredText(40),
      labelEn: requiredText(40),
      active: v.boolean(),
    }),
  ),
  v.minLength(1),
  v.maxLength(30),
)

export interface MeetingSeries {
  readonly id: number
  readonly name: string
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number
  readonly interval: SeriesInterval
  /** Monthly series: the n-th weekday of the month (1–4, or -1 for the last). */
  readonly nth: number | null
  readonly startTime: string
  readonly endTime: string
  readonly place: string
  readonly type: MeetingType
  readonly startDate: string
  /** Empty: open-ended. */
  readonly endDate: string
  /** Days on which no meeting is generated (holidays, the summer break). */
  readonly skipDates: readonly string[]
  readonly meetingCount: number
}

export const SeriesInputSchema = v.strictObject({
  id: v.nullable(id),
  name: requiredText(80),
  weekday: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7)),
  interval: v.picklist(seriesIntervals),
  nth: v.nullable(v.picklist([1, 2, 3, 4, -1])),
  startTime: TimeSchema,
  endTime: OptionalTimeSchema,
  place: text(200),
  type: v.picklist(meetingTypes),
  startDate: DateSchema,
  endDate: OptionalDateSchema,
  skipDates: v.pipe(v.array(DateSchema), v.maxLength(400)),
})
export type SeriesInput = v.InferOutput<typeof SeriesInputSchema>

/** Generates the series' meetings from `from` to `to`; dates that exist already are kept. */
export const GenerateInputSchema = v.strictObject({
  seriesId: id,
  from: DateSchema,
  to: DateSchema,
})

export interface GenerateResult {
  readonly created: number
  /** Slots that already had a meeting (also moved or cancelled ones): left as they are. */
  readonly kept: number
  /** Slots on a skip date. */
  readonly skipped: number
}

export const meetingStatuses = ['scheduled', 'cancelled'] as const
export type MeetingStatus = (typeof meetingStatuses)[number]

export interface Meeting {
  readonly id: number
  readonly seriesId: number | null
  /** The series' slot this meeting stands for, even when moved to another day. */
  readonly seriesDate: string | null
  readonly date: string
  readonly startTime: string
  readonly endTime: string
  readonly place: string
  readonly type: MeetingType
  readonly status: MeetingStatus
  readonly cancelReason: string
  /** Joint meetings: the other club. */
  readonly partnerClub: string
  readonly speaker: string
  readonly topic: string
  readonly minutes: string
  readonly attachments: readonly string[]
}

export interface MeetingSummary extends Meeting {
  /** Whether a roll call was recorded; figures count only meetings that have one. */
  readonly rollCallTaken: boolean
  readonly attended: number
  readonly expected: number
  readonly guests: number
}

export const MeetingInputSchema = v.strictObject({
  id: v.nullable(id),
  date: DateSchema,
  startTime: TimeSchema,
  endTime: OptionalTimeSchema,
  place: text(200),
  type: v.picklist(meetingTypes),
  partnerClub: text(200),
  speaker: text(200),
  topic: text(300),
  minutes: text(50_000),
  attachments: v.pipe(v.array(requiredText(1000)), v.maxLength(50)),
})
export type MeetingInput = v.InferOutput<typeof MeetingInputSchema>

export const MeetingStatusInputSchema = v.strictObject({
  id,
  status: v.picklist(meetingStatuses),
  reason: text(200),
})

export const MeetingListQuerySchema = v.strictObject({
  from: DateSchema,
  to: DateSchema,
  includeCancelled: v.optional(v.boolean(), true),
})
