import * as v from 'valibot'
import type { AttendanceCounts } from './attendance.ts'
import { DateSchema, type MemberRef } from './members.ts'
import { IdSchema as id, requiredText, text } from './schemaParts.ts'

// Referrals, closed business (TYFCB) and one-to-ones: BNI chapters and business clubs.

export const referralTypes = ['inside', 'outside'] as const
export type ReferralType = (typeof referralTypes)[number]
export const referralStatuses = ['open', 'contacted', 'won', 'lost'] as const
export type ReferralStatus = (typeof referralStatuses)[number]

export interface Referral {
  readonly id: number
  readonly from: MemberRef
  readonly to: MemberRef
  readonly date: string
  readonly type: ReferralType
  readonly contactName: string
  readonly contactDetails: string
  /** 1 (cold) … 5 (hot). */
  readonly interest: number
  readonly status: ReferralStatus
  readonly note: string
}

export const ReferralInputSchema = v.strictObject({
  id: v.nullable(id),
  fromId: id,
  toId: id,
  date: DateSchema,
  type: v.picklist(referralTypes),
  contactName: requiredText(200),
  contactDetails: text(500),
  interest: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  status: v.picklist(referralStatuses),
  note: text(1000),
})

export const tyfcbKinds = ['referral', 'new', 'repeat'] as const
export type TyfcbKind = (typeof tyfcbKinds)[number]

/** Thank you for closed business, recorded by the member who received the business. */
export interface Tyfcb {
  readonly id: number
  readonly receiver: MemberRef
  /** The member who passed the business. */
  readonly giver: MemberRef
  readonly referralId: number | null
  readonly kind: TyfcbKind
  readonly date: string
  /** Revenue excluding VAT, in cents. */
  readonly amountCents: number
  readonly note: string
}

export const TyfcbInputSchema = v.strictObject({
  id: v.nullable(id),
  receiverId: id,
  giverId: id,
  referralId: v.nullable(id),
  kind: v.picklist(tyfcbKinds),
  date: DateSchema,
  amountCents: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000_000_000)),
  note: text(500),
})

export interface OneToOne {
  readonly id: number
  readonly a: MemberRef
  readonly b: MemberRef
  readonly date: string
  readonly note: string
}

export const OneToOneInputSchema = v.strictObject({
  id: v.nullable(id),
  aId: id,
  bId: id,
  date: DateSchema,
  note: text(1000),
})

export const BusinessQuerySchema = v.strictObject({
  from: DateSchema,
  to: DateSchema,
  /**
   * Only this member's entries: for 'referrals/list' the slips they gave or received, for
   * 'oneToOnes/list' those they took part in, for 'tyfcb/list' only the business they received
   * (an amount is the receiver's to tell, never shown to the member who passed the referral).
   */
  memberId: v.nullable(id),
})

export interface ChapterRow {
  readonly member: MemberRef
  readonly counts: AttendanceCounts
  readonly referralsGivenInside: number
  readonly referralsGivenOutside: number
  readonly referralsReceivedInside: number
  readonly referralsReceivedOutside: number
  readonly visitors: number
  readonly oneToOnes: number
}

/**
 * The chapter report is read in the room: TYFCB appears only as the chapter's total, never per
 * member (amounts are confidential to the member who recorded them).
 */
export interface ChapterReport {
  readonly from: string
  readonly to: string
  readonly rows: readonly ChapterRow[]
  readonly totals: Omit<ChapterRow, 'member'> & { readonly tyfcbCents: number }
}

/** One member's own view: their amounts, and only totals of everyone else's. */
export interface MemberBusinessReport {
  readonly member: MemberRef
  readonly from: string
  readonly to: string
  readonly referralsGiven: readonly Referral[]
  readonly referralsReceived: readonly Referral[]
  readonly tyfcbReceived: readonly Tyfcb[]
  readonly tyfcbReceivedCents: number
  readonly chapterTyfcbCents: number
  readonly oneToOnes: number
}

export const reportFormats = ['pdf', 'xlsx'] as const
