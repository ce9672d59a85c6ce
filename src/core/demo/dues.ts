import { composeIBAN } from 'ibantools'
import type { Insertable } from 'kysely'
import type { Locale } from '../../api/club.ts'
import type { Computation } from '../../api/dues.ts'
import type {
  AllocationTable,
  ChargeTable,
  CollectionItemTable,
  MandateTable,
  PaymentTable,
} from '../db/schema.ts'
import { displayName } from '../members/displayName.ts'
import { formatDay, parseDay, type Day } from './days.ts'
import { admissionDescription, duesDescription } from '../dues/billingText.ts'
import { prorate } from '../dues/prorate.ts'
import { demoDueDays, demoFeeOf } from './fees.ts'
import type { Random } from './random.ts'
import type { DemoMember } from './types.ts'

/** What the dues of the demo need to know of a member, kept small for 100,000 of them. */
export interface DuesMember {
  readonly id: number
  readonly number: string
  readonly typeId: number | null
  readonly joined: string | null
  /** The leave date of a former member. */
  readonly left: string | null
  readonly name: string
}

/**
 * Who a billing run looks at, as the ledger's own run does: members and former members (who
 * pay up to their leave date); prospects are no members yet. Honorary members are exempt by
 * their type.
 */
export function duesMemberOf(member: DemoMember): DuesMember | null {
  if (member.status === 'prospect') return null
  return {
    id: member.id,
    number: member.member_number,
    typeId: member.membership_type_id,
    joined: member.join_date,
    left: member.status === 'former' ? member.leave_date : null,
    name: displayName(member),
  }
}

export interface DemoDues {
  readonly charges: Insertable<ChargeTable>[]
  readonly mandates: Insertable<MandateTable>[]
  readonly payments: Insertable<PaymentTable>[]
  readonly allocations: Insertable<AllocationTable>[]
  readonly collectionItems: Insertable<CollectionItemTable>[]
  /** The day the club's one collection of the year went to the bank; null before it. */
  readonly collectionDay: string | null
  readonly collectionTotal: number
}

/** Bank codes of real German banks; the account numbers after them are made up. */
const bankCodes = ['37040044', '50010517', '50050201', '51230800', '50190000', '50040000']

const words: Readonly<
  Record<Locale, { dues: string; admission: string; transfer: string; levy: string }>
> = {
  de: {
    dues: 'Mitgliedsbeitrag',
    admission: 'Aufnahmegebühr',
    transfer: 'Beitrag',
    levy: 'Distriktumlage',
  },
  en: {
    dues: 'Membership dues',
    admission: 'Admission fee',
    transfer: 'Dues',
    levy: 'District levy',
  },
}

/** The district's levy per member, billed a fortnight ago and due today. */
const levyCents = 4_500

export interface DemoYear {
  readonly key: string
  readonly startMonth: number
  readonly start: Day
  readonly end: Day
  readonly today: Day
  readonly timestamp: string
  readonly locale: Locale
}

function demoIban(random: Random): string {
  const account = String(random.int(1, 9_999_999_999)).padStart(10, '0')
  return composeIBAN({ countryCode: 'DE', bban: `${random.pick(bankCodes)}${account}` }) ?? ''
}

/** The rows of the demo ledger as they grow, with ids counted along (the file is new). */
class DemoLedger {
  readonly charges: Insertable<ChargeTable>[] = []
  readonly mandates: Insertable<MandateTable>[] = []
  readonly payments: Insertable<PaymentTable>[] = []
  readonly allocations: Insertable<AllocationTable>[] = []
  readonly collectionItems: Insertable<CollectionItemTable>[] = []
  collectionTotal = 0

  private readonly year: DemoYear

  constructor(year: DemoYear) {
    this.year = year
  }

  charge(
    member: DuesMember,
    row: Pick<ChargeTable, 'kind' | 'description' | 'amount_cents' | 'booked_on' | 'due_date'>,
    how: Computation | null,
  ): Insertable<ChargeTable> {
    const id = this.charges.length + 1
    const dues = row.kind === 'dues'
    const charge = {
      ...row,
      id,
      number: `${row.booked_on.slice(0, 4)}-${String(id).padStart(6, '0')}`,
      member_id: member.id,
      run_id: row.kind === 'extra' ? null : 1,
      membership_type_id: member.typeId,
      period_start: dues ? formatDay(this.year.start) : null,
      period_end: dues ? formatDay(this.year.end) : null,
      computation: how === null ? '' : JSON.stringify(how),
      cancelled_on: null,
      dunning_level: 0,
      created_at: this.year.timestamp,
    }
    this.charges.push(charge)
    return charge
  }

  pay(
    member: DuesMember,
    amount: number,
    day: Day,
    method: PaymentTable['method'],
    reference: string,
    reverses: number | null = null,
  ): number {
    const id = this.payments.length + 1
    this.payments.push({
      id,
      member_id: member.id,
      paid_on: formatDay(day),
      amount_cents: amount,
      method,
      reference,
      reverses_id: reverses,
      // The code a bank gives for a returned debit: AM04, insufficient funds.
      reason: reverses === null ? '' : 'AM04',
      created_at: this.year.timestamp,
    })
    return id
  }

  /** Settles the charges in turn from a payment; returns what is left of it (credit). */
  settle(paymentId: number, amount: number, charges: readonly Insertable<ChargeTable>[]): number {
    let left = amount
    for (const charge of charges) {
      const part = Math.min(left, charge.amount_cents)
      if (part === 0 || charge.id === undefined) continue
      this.allocations.push({ charge_id: charge.id, payment_id: paymentId, amount_cents: part })
      left -= part
    }
    return left
  }
}

/**
 * One club year billed: a dues charge for every paying member (pro-rated by month for this
 * year's joiners) and an admission fee for them. Most members have a SEPA mandate and paid by
 * the club's collection a fortnight into the year (a few debits came back); the others paid
 * by transfer, in part, too much, or not yet. Some mandates have lapsed. Everyone also owes
 * the district levy, billed a fortnight ago and due today, so a collection made now has debits to take.
 */
export function demoDues(random: Random, members: readonly DuesMember[], year: DemoYear): DemoDues {
  const ledger = new DemoLedger(year)
  const due = year.start + demoDueDays
  const collectionDay = due <= year.today ? due : null
  for (const member of members) billMember(ledger, random, member, year, collectionDay)
  return {
    charges: ledger.charges,
    mandates: ledger.mandates,
    payments: ledger.payments,
    allocations: ledger.allocations,
    collectionItems: ledger.collectionItems,
    collectionDay:
      ledger.collectionItems.length > 0 ? formatDay(collectionDay ?? year.start) : null,
    collectionTotal: ledger.collectionTotal,
  }
}

function billMember(
  ledger: DemoLedger,
  random: Random,
  member: DuesMember,
  year: DemoYear,
  collectionDay: Day | null,
): void {
  if (member.typeId === null) return
  const fee = demoFeeOf(member.typeId)
  const joined = member.joined === null ? year.start : parseDay(member.joined)
  if (fee.yearly === 0 || joined > year.end || joined > year.today) return
  if (member.left !== null && member.left < formatDay(year.start)) return
  const text = words[year.locale]
  // A joiner is billed on joining, and has the usual fortnight from then, as the ledger does.
  const bookedDay = Math.max(year.start, joined)
  const booked = formatDay(bookedDay)
  const dueOn = formatDay(bookedDay + demoDueDays)
  const yearSpan = { start: formatDay(year.start), end: formatDay(year.end) }
  const { amountCents, computation } = prorate('month', fee.yearly, yearSpan, {
    start: formatDay(joined),
    end: member.left ?? yearSpan.end,
  })
  const charges = [
    ledger.charge(
      member,
      {
        kind: 'dues',
        description: duesDescription(yearSpan, year.startMonth, year.locale),
        amount_cents: amountCents,
        booked_on: booked,
        due_date: dueOn,
      },
      computation,
    ),
  ]
  if (fee.admission > 0 && joined > year.start) {
    const admission = { rule: 'admission', amountCents: fee.admission } as const
    charges.push(
      ledger.charge(
        member,
        {
          kind: 'admission',
          description: admissionDescription(year.locale),
          amount_cents: fee.admission,
          booked_on: booked,
          due_date: dueOn,
        },
        admission,
      ),
    )
  }

  // Who joined after the collection owes by a mandate never used yet: the next collection
  // takes it, and that member is to be notified first.
  const collectedOn =
    collectionDay !== null && bookedDay + demoDueDays <= collectionDay ? collectionDay : null
  const mandate = random.chance(0.88) ? addMandate(ledger, random, member, year, collectedOn) : null
  let credit: { paymentId: number; amount: number } | null = null
  if (mandate !== null) {
    if (collectedOn !== null) collect(ledger, random, member, charges, mandate, collectedOn, year)
  } else credit = payByTransfer(ledger, random, member, charges, bookedDay, year)

  const levyBooked = formatDay(Math.max(year.start, year.today - 14))
  if (member.left !== null && member.left < levyBooked) return
  const levy = ledger.charge(
    member,
    {
      kind: 'extra',
      description: `${text.levy} ${year.key}`,
      amount_cents: levyCents,
      booked_on: levyBooked,
      due_date: formatDay(year.today),
    },
    null,
  )
  // Money paid beyond what was owed is used by the next charge, as the ledger does it.
  if (credit !== null) ledger.settle(credit.paymentId, credit.amount, [levy])
}

/** A mandate, or null when it has lapsed (unused for years), which then collects nothing. */
function addMandate(
  ledger: DemoLedger,
  random: Random,
  member: DuesMember,
  year: DemoYear,
  usedOn: Day | null,
): number | null {
  const lapsed = random.chance(0.03)
  const signed =
    member.joined !== null && member.joined > '2014-02-01' ? member.joined : '2014-02-01'
  const id = ledger.mandates.length + 1
  ledger.mandates.push({
    id,
    member_id: member.id,
    reference: `M-${member.number}-1`,
    signed_on: lapsed ? '2019-03-01' : signed,
    debtor_name: member.name,
    iban: demoIban(random),
    bic: '',
    type: 'RCUR',
    status: 'active',
    last_used_on: lapsed
      ? formatDay(year.today - 4 * 365)
      : usedOn === null
        ? null
        : formatDay(usedOn),
    created_at: year.timestamp,
  })
  return lapsed ? null : id
}

/** The July collection takes each charge as one debit; a few come back. */
function collect(
  ledger: DemoLedger,
  random: Random,
  member: DuesMember,
  charges: readonly Insertable<ChargeTable>[],
  mandateId: number,
  day: Day,
  year: DemoYear,
): void {
  for (const charge of charges) {
    if (charge.id === undefined) continue
    const endToEnd = `${charge.number}-1`
    const paymentId = ledger.pay(member, charge.amount_cents, day, 'direct_debit', endToEnd)
    const returned = day + 14 <= year.today && random.chance(0.015)
    if (returned)
      ledger.pay(member, -charge.amount_cents, day + 14, 'direct_debit', endToEnd, paymentId)
    else ledger.settle(paymentId, charge.amount_cents, [charge])
    ledger.collectionItems.push({
      collection_id: 1,
      charge_id: charge.id,
      mandate_id: mandateId,
      payment_id: paymentId,
      end_to_end_id: endToEnd,
      sequence_type: 'RCUR',
      amount_cents: charge.amount_cents,
      returned_on: returned ? formatDay(day + 14) : null,
      return_reason: returned ? 'AM04' : null,
    })
    ledger.collectionTotal += charge.amount_cents
  }
}

/** Most pay in full, some in part, a few too much; the rest still owe. Returns any credit. */
function payByTransfer(
  ledger: DemoLedger,
  random: Random,
  member: DuesMember,
  charges: readonly Insertable<ChargeTable>[],
  booked: Day,
  year: DemoYear,
): { paymentId: number; amount: number } | null {
  const owed = charges.reduce((sum, charge) => sum + charge.amount_cents, 0)
  const paidOn = Math.min(year.today, booked + demoDueDays + random.int(-10, 60))
  if (paidOn < booked) return null
  const reference = `${words[year.locale].transfer} ${year.key} ${member.number}`
  const roll = random.next()
  const amount =
    roll < 0.72 ? owed : roll < 0.8 ? Math.floor(owed / 2) : roll < 0.83 ? owed + 5_000 : 0
  if (amount === 0) return null
  const paymentId = ledger.pay(member, amount, paidOn, 'transfer', reference)
  const left = ledger.settle(paymentId, amount, charges)
  return left > 0 ? { paymentId, amount: left } : null
}
