import * as v from 'valibot'
import { DateSchema, OptionalDateSchema } from './members.ts'
import { maxCents } from './money.ts'

/** Dues and payments. Every amount is integer cents; every date ISO `YYYY-MM-DD`. */

export const billingIntervals = ['yearly', 'half_yearly', 'quarterly', 'monthly'] as const
export type BillingInterval = (typeof billingIntervals)[number]

/**
 * How a slice is reduced for a member who joins or leaves within it: not at all, by whole
 * months (the join and the leave month count fully), or by days. Reduced amounts are rounded
 * half up to whole cents.
 */
export const prorateRules = ['none', 'month', 'day'] as const
export type Prorate = (typeof prorateRules)[number]

export const chargeKinds = ['dues', 'admission', 'extra', 'dunning_fee'] as const
export type ChargeKind = (typeof chargeKinds)[number]

export const paymentMethods = ['transfer', 'cash', 'direct_debit'] as const
export type PaymentMethod = (typeof paymentMethods)[number]

export const creditReasons = ['cancellation', 'reduction'] as const
export type CreditReason = (typeof creditReasons)[number]

const id = v.pipe(v.number(), v.integer(), v.minValue(1))
/** Up to ten million euros: anything larger is a typo. */
export const CentsSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(maxCents))
const positiveCents = v.pipe(CentsSchema, v.minValue(1))
const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max))

/**
 * A billing period: `2026/27` a club year (`2026` when the club year is the calendar year),
 * `2027-01` a month, or `2026-07-01..2026-12-31` any range of days.
 */
export const PeriodSchema = v.pipe(v.string(), v.trim(), v.minLength(4), v.maxLength(22))

export interface FeeSchedule {
  readonly id: number
  readonly membershipTypeId: number
  readonly validFrom: string
  readonly amountCents: number
  readonly interval: BillingInterval
  readonly prorate: Prorate
  readonly admissionFeeCents: number
  readonly exempt: boolean
  /** Days from the start of a slice to its due date. */
  readonly dueDays: number
}

/** A membership type with its fee schedules, newest first; `current` is the one valid today. */
export interface MembershipTypeFees {
  readonly id: number
  readonly name: string
  readonly active: boolean
  readonly memberCount: number
  readonly current: FeeSchedule | null
  readonly schedules: readonly FeeSchedule[]
}

export const FeeScheduleInputSchema = v.strictObject({
  membershipTypeId: id,
  validFrom: DateSchema,
  amountCents: CentsSchema,
  interval: v.picklist(billingIntervals),
  prorate: v.picklist(prorateRules),
  admissionFeeCents: CentsSchema,
  exempt: v.boolean(),
  dueDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
})
export type FeeScheduleInput = v.InferOutput<typeof FeeScheduleInputSchema>

/** Sets (amount) or ends (null) a member's individual amount from a date on. */
export const MemberFeeInputSchema = v.strictObject({
  memberId: id,
  validFrom: DateSchema,
  amountCents: v.nullable(CentsSchema),
  note: text(200),
})

export const ExtraChargeInputSchema = v.strictObject({
  memberIds: v.pipe(v.array(id), v.minLength(1), v.maxLength(200_000)),
  description: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(140)),
  amountCents: positiveCents,
  bookedOn: DateSchema,
  dueDate: DateSchema,
})

/** How an amount came about, as data, so de and en can each word it. */
export type Computation =
  | { readonly rule: 'full'; readonly amountCents: number }
  | { readonly rule: 'individual'; readonly amountCents: number }
  | {
      readonly rule: 'month' | 'day'
      readonly fullCents: number
      readonly units: number
      readonly ofUnits: number
      readonly from: string
      readonly to: string
    }
  | { readonly rule: 'admission'; readonly amountCents: number }

export const skipReasons = [
  'noType',
  'noSchedule',
  'exempt',
  'alreadyBilled',
  'notMemberInPeriod',
  'status',
  'zeroAmount',
] as const
export type SkipReason = (typeof skipReasons)[number]

export interface BillingLine {
  readonly memberId: number
  readonly memberNumber: string
  readonly displayName: string
  readonly membershipType: string
  readonly kind: 'dues' | 'admission'
  readonly periodStart: string
  readonly periodEnd: string
  readonly dueDate: string
  readonly amountCents: number
  readonly computation: Computation
}

export interface SkippedMember {
  readonly memberId: number
  readonly memberNumber: string
  readonly displayName: string
  readonly reason: SkipReason
}

export interface BillingPreview {
  readonly periodKey: string
  readonly periodStart: string
  readonly periodEnd: string
  readonly lines: readonly BillingLine[]
  readonly skipped: readonly SkippedMember[]
  readonly totalCents: number
}

export interface BillingRunSummary {
  readonly id: number
  readonly periodKey: string
  readonly periodStart: string
  readonly periodEnd: string
  readonly createdAt: string
  readonly chargeCount: number
  readonly totalCents: number
  readonly cancelledAt: string | null
}

export type LedgerEntryKind = 'charge' | 'payment' | 'reversal' | 'credit'

/** One line of a member account, oldest first, with the balance after it. */
export interface LedgerEntry {
  readonly kind: LedgerEntryKind
  readonly id: number
  readonly date: string
  /** Charge number, payment reference or credit note. */
  readonly reference: string
  readonly description: string
  readonly chargeKind: ChargeKind | null
  readonly method: PaymentMethod | null
  /** Positive raises what the member owes (charges, reversals), negative lowers it. */
  readonly amountCents: number
  readonly balanceCents: number
  /** A payment that has a reversal row; false for every other line. */
  readonly reversed: boolean
}

export interface OpenCharge {
  readonly id: number
  readonly number: string
  readonly description: string
  readonly bookedOn: string
  readonly dueDate: string
  readonly amountCents: number
  readonly openCents: number
  readonly dunningLevel: number
}

export interface MemberAccount {
  readonly memberId: number
  readonly displayName: string
  readonly memberNumber: string
  readonly membershipType: string | null
  /** Charges − payments − credits; negative is money in hand for the member (credit). */
  readonly balanceCents: number
  /** Payments not yet used by any charge. */
  readonly creditCents: number
  readonly entries: readonly LedgerEntry[]
  readonly openCharges: readonly OpenCharge[]
  readonly individualFee: { readonly amountCents: number; readonly validFrom: string } | null
}

export const PaymentInputSchema = v.strictObject({
  memberId: id,
  amountCents: positiveCents,
  paidOn: DateSchema,
  method: v.picklist(paymentMethods),
  reference: text(140),
  /** The charge to settle first; otherwise the oldest open charges are settled in turn. */
  chargeId: v.optional(id),
})
export type PaymentInput = v.InferOutput<typeof PaymentInputSchema>

export const ReversalInputSchema = v.strictObject({
  paymentId: id,
  date: DateSchema,
  reason: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(140)),
})

export const CreditInputSchema = v.strictObject({
  memberId: id,
  amountCents: positiveCents,
  bookedOn: DateSchema,
  note: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(140)),
  chargeId: v.optional(id),
})

export const CancelRunInputSchema = v.strictObject({
  runId: id,
  date: DateSchema,
  reason: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
})

export interface OutstandingRow {
  readonly memberId: number
  readonly memberNumber: string
  readonly displayName: string
  readonly status: string
  readonly openCents: number
  readonly openCharges: number
  /** Due date of the oldest open charge. */
  readonly oldestDue: string
  /** Days the oldest open charge is overdue on `asOf` (0 when not yet due). */
  readonly daysOverdue: number
  readonly dunningLevel: number
  readonly hasMandate: boolean
}

export const OutstandingQuerySchema = v.strictObject({
  asOf: OptionalDateSchema,
  search: text(200),
  /** Only members whose oldest open charge is at least this many days overdue. */
  minDaysOverdue: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3650)),
})
export type OutstandingQuery = v.InferOutput<typeof OutstandingQuerySchema>

export const tableFormats = ['csv', 'xlsx'] as const

export const ageBuckets = ['notDue', 'upTo30', 'upTo90', 'upTo180', 'over180'] as const
export type AgeBucket = (typeof ageBuckets)[number]

export interface DuesReport {
  readonly from: string
  readonly to: string
  /** Charged, paid and credited within the range, per membership type (null: none). */
  readonly byType: readonly {
    readonly membershipType: string | null
    readonly chargedCents: number
    readonly paidCents: number
    readonly creditedCents: number
  }[]
  /** The same per calendar month of the range, `YYYY-MM`. */
  readonly byMonth: readonly {
    readonly month: string
    readonly chargedCents: number
    readonly paidCents: number
    readonly creditedCents: number
  }[]
  /** What is open on `to`, by how long it is overdue. */
  readonly byAge: readonly {
    readonly bucket: AgeBucket
    readonly openCents: number
    readonly members: number
  }[]
}

export const ReportRangeSchema = v.strictObject({ from: DateSchema, to: DateSchema })

export interface DunningLevel {
  readonly level: 1 | 2 | 3
  readonly daysAfterDue: number
  readonly feeCents: number
}

export const DunningLevelsSchema = v.pipe(
  v.array(
    v.strictObject({
      level: v.picklist([1, 2, 3]),
      daysAfterDue: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
      feeCents: CentsSchema,
    }),
  ),
  v.length(3),
)

export interface DunningLetterPlan {
  readonly memberId: number
  readonly memberNumber: string
  readonly displayName: string
  readonly level: 1 | 2 | 3
  readonly charges: readonly OpenCharge[]
  readonly openCents: number
  readonly feeCents: number
  /** A letter cannot go out without a postal address; it is listed, not silently dropped. */
  readonly hasAddress: boolean
}

export interface DunningPreview {
  readonly date: string
  readonly letters: readonly DunningLetterPlan[]
  readonly totalCents: number
}

export interface DunningResult {
  /** The folder the letters were written to; null when the user cancelled. */
  readonly folder: string | null
  readonly letters: number
}
