import * as v from 'valibot'
import { DateSchema } from './members.ts'

/** SEPA direct debit (CORE scheme, pain.008.001.08). */

export const mandateTypes = ['RCUR', 'OOFF'] as const
export type MandateType = (typeof mandateTypes)[number]

export const mandateStatuses = ['active', 'revoked'] as const
export type MandateStatus = (typeof mandateStatuses)[number]

export interface SepaSettings {
  readonly creditorId: string
  readonly creditorName: string
  readonly iban: string
  readonly bic: string
  readonly mandatePattern: string
}

export const SepaSettingsSchema = v.strictObject({
  creditorId: v.pipe(v.string(), v.trim(), v.maxLength(35)),
  creditorName: v.pipe(v.string(), v.trim(), v.maxLength(70)),
  iban: v.pipe(v.string(), v.maxLength(50)),
  bic: v.pipe(v.string(), v.maxLength(20)),
  mandatePattern: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(35)),
})

export interface Mandate {
  readonly id: number
  readonly memberId: number
  readonly reference: string
  readonly signedOn: string
  readonly debtorName: string
  readonly iban: string
  readonly bic: string
  readonly type: MandateType
  readonly status: MandateStatus
  readonly lastUsedOn: string | null
  /** Unused for 36 months (from its last use, or its signature when never used). */
  readonly lapsed: boolean
}

export const MandateInputSchema = v.strictObject({
  id: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1))),
  memberId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Empty: made from the club's mandate pattern. */
  reference: v.pipe(v.string(), v.trim(), v.maxLength(35)),
  signedOn: DateSchema,
  debtorName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(70)),
  iban: v.pipe(v.string(), v.maxLength(50)),
  bic: v.pipe(v.string(), v.maxLength(20)),
  type: v.picklist(mandateTypes),
  status: v.picklist(mandateStatuses),
})
export type MandateInput = v.InferOutput<typeof MandateInputSchema>

export const collectionProblems = [
  'noMandate',
  'mandateLapsed',
  'mandateRevoked',
  'invalidIban',
  'mandateUsed',
  /** An account outside the EEA whose mandate has no BIC (kept from before that was checked). */
  'bicMissing',
] as const
export type CollectionProblem = (typeof collectionProblems)[number]

export interface CollectionLine {
  readonly chargeId: number
  readonly chargeNumber: string
  readonly memberId: number
  readonly memberNumber: string
  readonly displayName: string
  readonly mandateReference: string
  readonly sequenceType: 'FRST' | 'RCUR' | 'OOFF'
  readonly amountCents: number
  /** The mandate has never been used: the member is to be notified 14 days ahead. */
  readonly firstDebit: boolean
}

export interface CollectionPreview {
  readonly collectionDate: string
  /** The earliest date the bank accepts for a file made today. */
  readonly earliestDate: string
  readonly lines: readonly CollectionLine[]
  /** Open charges that cannot be collected, with why; never silently left out. */
  readonly problems: readonly {
    readonly chargeId: number
    readonly chargeNumber: string
    readonly memberId: number
    readonly memberNumber: string
    readonly displayName: string
    readonly amountCents: number
    readonly problem: CollectionProblem
  }[]
  readonly totalCents: number
}

export const CollectionInputSchema = v.strictObject({
  collectionDate: DateSchema,
  /** Only these charges; missing: every collectable open charge due by the collection date. */
  chargeIds: v.optional(
    v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1))), v.maxLength(200_000)),
  ),
})
export type CollectionInput = v.InferOutput<typeof CollectionInputSchema>

export interface CollectionSummary {
  readonly id: number
  readonly messageId: string
  readonly collectionDate: string
  readonly fileName: string
  readonly totalCents: number
  readonly itemCount: number
  readonly createdAt: string
  readonly returned: number
}

export interface SepaExportResult {
  /** Null when the user cancelled the save dialog; nothing was marked then. */
  readonly path: string | null
  readonly collection: CollectionSummary | null
}

/** The return reason codes a bank reports most (ISO 20022 external codes). */
export const returnReasons = [
  'AC04',
  'AC06',
  'AM04',
  'MD01',
  'MD06',
  'MS02',
  'MS03',
  'SL01',
] as const
export type ReturnReason = (typeof returnReasons)[number]

export const ReturnInputSchema = v.strictObject({
  chargeId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  date: DateSchema,
  reason: v.picklist(returnReasons),
})
