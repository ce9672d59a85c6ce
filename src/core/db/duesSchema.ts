import type { Generated } from 'kysely'
import type {
  BillingInterval,
  ChargeKind,
  CreditReason,
  PaymentMethod,
  Prorate,
} from '../../api/dues.ts'
import type { MandateStatus, MandateType } from '../../api/sepa.ts'

// The tables of migration 0005: fees, the member ledger, dunning and SEPA direct debit.

/** What a membership type costs from `valid_from` on (migration 0005). */
export interface FeeScheduleTable {
  id: Generated<number>
  membership_type_id: number
  valid_from: string
  amount_cents: number
  interval: BillingInterval
  prorate: Prorate
  admission_fee_cents: Generated<number>
  exempt: Generated<number>
  due_days: Generated<number>
  created_at: string
}

/** An individual amount per billing interval; null amount ends an earlier override. */
export interface MemberFeeTable {
  id: Generated<number>
  member_id: number
  valid_from: string
  amount_cents: number | null
  note: Generated<string>
  created_at: string
}

export interface BillingRunTable {
  id: Generated<number>
  period_key: string
  period_start: string
  period_end: string
  created_at: string
  cancelled_at: string | null
  cancel_reason: string | null
}

export interface ChargeTable {
  id: Generated<number>
  number: string
  member_id: number
  run_id: number | null
  kind: ChargeKind
  description: string
  membership_type_id: number | null
  period_start: string | null
  period_end: string | null
  amount_cents: number
  booked_on: string
  due_date: string
  /** JSON of the `Computation` that explains the amount (see api/dues.ts). */
  computation: Generated<string>
  cancelled_on: string | null
  /** The highest dunning level sent for this charge. */
  dunning_level: Generated<number>
  created_at: string
}

export interface PaymentTable {
  id: Generated<number>
  member_id: number
  paid_on: string
  /** Negative for a reversal. */
  amount_cents: number
  method: PaymentMethod
  reference: Generated<string>
  reverses_id: number | null
  reason: Generated<string>
  created_at: string
}

export interface CreditTable {
  id: Generated<number>
  member_id: number
  charge_id: number | null
  booked_on: string
  amount_cents: number
  reason: CreditReason
  note: Generated<string>
  created_at: string
}

export interface AllocationTable {
  id: Generated<number>
  charge_id: number
  payment_id: number | null
  credit_id: number | null
  amount_cents: number
}

export interface DunningLevelTable {
  level: number
  days_after_due: number
  fee_cents: number
}

export interface DunningNoticeTable {
  id: Generated<number>
  member_id: number
  level: number
  sent_on: string
  amount_cents: number
  fee_charge_id: number | null
  created_at: string
}

export interface DunningNoticeChargeTable {
  notice_id: number
  charge_id: number
}

export interface MandateTable {
  id: Generated<number>
  member_id: number
  reference: string
  signed_on: string
  debtor_name: string
  iban: string
  bic: Generated<string>
  type: MandateType
  status: MandateStatus
  last_used_on: string | null
  created_at: string
}

export interface CollectionTable {
  id: Generated<number>
  message_id: string
  collection_date: string
  file_name: string
  total_cents: number
  item_count: number
  /** The pain.008 file exactly as exported; null when recorded without it. */
  xml: string | null
  created_at: string
}

export interface CollectionItemTable {
  id: Generated<number>
  collection_id: number
  charge_id: number
  mandate_id: number
  payment_id: number
  end_to_end_id: string
  sequence_type: 'FRST' | 'RCUR' | 'OOFF' | 'FNAL'
  amount_cents: number
  returned_on: string | null
  return_reason: string | null
}

export interface DuesTables {
  fee_schedule: FeeScheduleTable
  member_fee: MemberFeeTable
  billing_run: BillingRunTable
  charge: ChargeTable
  payment: PaymentTable
  credit: CreditTable
  allocation: AllocationTable
  dunning_level: DunningLevelTable
  dunning_notice: DunningNoticeTable
  dunning_notice_charge: DunningNoticeChargeTable
  mandate: MandateTable
  collection: CollectionTable
  collection_item: CollectionItemTable
}
