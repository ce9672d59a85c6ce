import type { Kysely } from 'kysely'
import type { LedgerEntry, LedgerEntryKind, MemberAccount } from '../../api/dues.ts'
import type { Database } from '../db/schema.ts'
import { displayName } from '../members/displayName.ts'
import { requireMemberRow } from '../members/memberWrite.ts'
import { openCharge, openChargesOf } from './openCharges.ts'
import { individualFeeOf } from './memberFees.ts'

type Unbalanced = Omit<LedgerEntry, 'balanceCents'>

// On one day a charge comes before the money that pays it, a reversal after its payment.
const kindOrder: Readonly<Record<LedgerEntryKind, number>> = {
  charge: 0,
  payment: 1,
  reversal: 2,
  credit: 3,
}

/**
 * The member's ledger, oldest first with the balance after each line, the open charges and
 * the individual fee valid on `today` (without a day: the newest one set).
 */
export async function memberAccount(
  db: Kysely<Database>,
  memberId: number,
  today?: string,
): Promise<MemberAccount> {
  const member = await requireMemberRow(db, memberId)
  const type =
    member.membership_type_id === null
      ? undefined
      : await db
          .selectFrom('membership_type')
          .select('name')
          .where('id', '=', member.membership_type_id)
          .executeTakeFirst()
  const entries = await ledgerOf(db, memberId)
  const open = await openChargesOf(db, { memberIds: [memberId] })
  const balance = entries.at(-1)?.balanceCents ?? 0
  const openCents = open.reduce((sum, c) => sum + c.openCents, 0)
  return {
    memberId,
    displayName: displayName(member),
    memberNumber: member.member_number,
    membershipType: type?.name ?? null,
    balanceCents: balance,
    // Balance = open − free money, so what the member has in hand follows from both.
    creditCents: openCents - balance,
    entries,
    openCharges: open.map(openCharge),
    individualFee: await individualFeeOf(db, memberId, today),
  }
}

/** Every charge, payment, reversal and credit of the member with the running balance. */
export async function ledgerOf(db: Kysely<Database>, memberId: number): Promise<LedgerEntry[]> {
  const charges = await db
    .selectFrom('charge')
    .select(['id', 'booked_on', 'number', 'description', 'kind', 'amount_cents'])
    .where('member_id', '=', memberId)
    .execute()
  const payments = await db
    .selectFrom('payment')
    .select(['id', 'paid_on', 'reference', 'reason', 'method', 'amount_cents', 'reverses_id'])
    .where('member_id', '=', memberId)
    .execute()
  const credits = await db
    .selectFrom('credit as k')
    .leftJoin('charge as c', 'c.id', 'k.charge_id')
    .select(['k.id', 'k.booked_on', 'k.note', 'k.amount_cents', 'c.number'])
    .where('k.member_id', '=', memberId)
    .execute()
  // A reversal is booked on the member of its payment, so the payments read above hold both.
  const reversed = new Set(payments.map((p) => p.reverses_id).filter((id) => id !== null))
  const lines: Unbalanced[] = [
    ...charges.map((c) => ({
      kind: 'charge' as const,
      id: c.id,
      date: c.booked_on,
      reference: c.number,
      description: c.description,
      chargeKind: c.kind,
      method: null,
      amountCents: c.amount_cents,
      reversed: false,
    })),
    ...payments.map((p) => ({
      kind: p.reverses_id === null ? ('payment' as const) : ('reversal' as const),
      id: p.id,
      date: p.paid_on,
      reference: p.reference,
      description: p.reason,
      chargeKind: null,
      method: p.method,
      amountCents: -p.amount_cents,
      reversed: reversed.has(p.id),
    })),
    ...credits.map((k) => ({
      kind: 'credit' as const,
      id: k.id,
      date: k.booked_on,
      reference: k.note,
      description: k.number ?? '',
      chargeKind: null,
      method: null,
      amountCents: -k.amount_cents,
      reversed: false,
    })),
  ]
  lines.sort(
    (a, b) => a.date.localeCompare(b.date) || kindOrder[a.kind] - kindOrder[b.kind] || a.id - b.id,
  )
  let balance = 0
  return lines.map((line) => {
    balance += line.amountCents
    return { ...line, balanceCents: balance }
  })
}
