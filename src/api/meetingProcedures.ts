import * as v from 'valibot'
import type { SavedDocument } from './directory.ts'
import type { MemberRecord } from './members.ts'
import {
  AttendanceCodesSchema,
  GenerateInputSchema,
  MeetingInputSchema,
  MeetingListQuerySchema,
  MeetingSettingsSchema,
  MeetingStatusInputSchema,
  RangeSchema,
  SeriesInputSchema,
  type AttendanceCode,
  type GenerateResult,
  type Meeting,
  type MeetingSeries,
  type MeetingSettings,
  type MeetingSummary,
} from './meetings.ts'
import {
  GuestInputSchema,
  GuestQuerySchema,
  LeaveInputSchema,
  MarkInputSchema,
  MarksInputSchema,
  RollCallQuerySchema,
  VisitInputSchema,
  type AttendanceReport,
  type Guest,
  type GuestVisit,
  type Leave,
  type RollCall,
  type RollCallRow,
} from './attendance.ts'
import {
  BusinessQuerySchema,
  OneToOneInputSchema,
  ReferralInputSchema,
  TyfcbInputSchema,
  reportFormats,
  type ChapterReport,
  type MemberBusinessReport,
  type OneToOne,
  type Referral,
  type Tyfcb,
} from './business.ts'
import { byId, IdSchema as id, none, procedure } from './procedure.ts'

/** What happens at meetings: series, roll call, guests, referrals, figures. */
export const meetingProcedures = {
  'meetings/settings': procedure<MeetingSettings>()(none),
  'meetings/saveSettings': procedure<MeetingSettings>()(MeetingSettingsSchema),
  /** The club's attendance codes; made from the club kind's defaults on first use. */
  'meetings/codes': procedure<AttendanceCode[]>()(none),
  'meetings/saveCodes': procedure<AttendanceCode[]>()(AttendanceCodesSchema),
  'meetings/series': procedure<MeetingSeries[]>()(none),
  'meetings/saveSeries': procedure<MeetingSeries[]>()(SeriesInputSchema),
  'meetings/generate': procedure<GenerateResult>()(GenerateInputSchema),
  'meetings/list': procedure<MeetingSummary[]>()(MeetingListQuerySchema),
  'meetings/get': procedure<Meeting>()(byId),
  /** Adds a single meeting (`id: null`) or changes one, moving it to another day included. */
  'meetings/save': procedure<Meeting>()(MeetingInputSchema),
  'meetings/setStatus': procedure<Meeting>()(MeetingStatusInputSchema),
  /** Only a meeting without attendance or guests can be deleted; others are cancelled. */
  'meetings/delete': procedure<{ deleted: true }>()(byId),
  'meetings/exportIcs': procedure<{ path: string | null }>()(RangeSchema),
  'meetings/signInSheet': procedure<SavedDocument>()(v.strictObject({ id, open: v.boolean() })),

  'attendance/rollCall': procedure<RollCall>()(RollCallQuerySchema),
  'attendance/mark': procedure<RollCallRow>()(MarkInputSchema),
  'attendance/markMany': procedure<RollCall>()(MarksInputSchema),
  'attendance/leaves': procedure<Leave[]>()(v.strictObject({ memberId: id })),
  'attendance/saveLeave': procedure<Leave[]>()(LeaveInputSchema),
  'attendance/deleteLeave': procedure<Leave[]>()(byId),
  'attendance/report': procedure<AttendanceReport>()(RangeSchema),
  'attendance/saveReport': procedure<SavedDocument>()(
    v.strictObject({ range: RangeSchema, open: v.boolean() }),
  ),

  'guests/list': procedure<Guest[]>()(GuestQuerySchema),
  'guests/save': procedure<Guest>()(GuestInputSchema),
  'guests/recordVisit': procedure<GuestVisit>()(VisitInputSchema),
  'guests/removeVisit': procedure<{ removed: true }>()(byId),
  /** Makes a prospect member from the guest; the inviter of the first visit becomes sponsor. */
  'guests/convert': procedure<MemberRecord>()(byId),

  'referrals/list': procedure<Referral[]>()(BusinessQuerySchema),
  'referrals/save': procedure<Referral>()(ReferralInputSchema),
  'referrals/delete': procedure<{ deleted: true }>()(byId),
  'tyfcb/list': procedure<Tyfcb[]>()(BusinessQuerySchema),
  'tyfcb/save': procedure<Tyfcb>()(TyfcbInputSchema),
  'tyfcb/delete': procedure<{ deleted: true }>()(byId),
  'oneToOnes/list': procedure<OneToOne[]>()(BusinessQuerySchema),
  'oneToOnes/save': procedure<OneToOne>()(OneToOneInputSchema),
  'oneToOnes/delete': procedure<{ deleted: true }>()(byId),
  'referrals/chapterReport': procedure<ChapterReport>()(RangeSchema),
  'referrals/saveChapterReport': procedure<SavedDocument>()(
    v.strictObject({ range: RangeSchema, format: v.picklist(reportFormats), open: v.boolean() }),
  ),
  'referrals/memberReport': procedure<MemberBusinessReport>()(
    v.strictObject({ memberId: id, range: RangeSchema }),
  ),
} as const
