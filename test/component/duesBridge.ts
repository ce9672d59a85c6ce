import type {
  BillingPreview,
  BillingRunSummary,
  DunningLevel,
  FeeSchedule,
  MemberAccount,
  MembershipTypeFees,
  OutstandingRow,
} from '../../src/api/dues.ts'
import type { CollectionPreview, Mandate, SepaSettings } from '../../src/api/sepa.ts'

export function schedule(overrides: Partial<FeeSchedule> = {}): FeeSchedule {
  return {
    id: 1,
    membershipTypeId: 1,
    validFrom: '2025-07-01',
    amountCents: 12000,
    interval: 'yearly',
    prorate: 'month',
    admissionFeeCents: 5000,
    exempt: false,
    dueDays: 30,
    ...overrides,
  }
}

/** An active type with this year's fee and a raise planned for next year; honorary is free. */
export function feeTypes(): MembershipTypeFees[] {
  const current = schedule()
  const planned = schedule({ id: 3, validFrom: '2099-07-01', amountCents: 15000 })
  const honorary = schedule({
    id: 2,
    membershipTypeId: 2,
    amountCents: 0,
    exempt: true,
    admissionFeeCents: 0,
  })
  return [
    { id: 1, name: 'Aktiv', active: true, memberCount: 42, current, schedules: [planned, current] },
    {
      id: 2,
      name: 'Ehrenmitglied',
      active: true,
      memberCount: 3,
      current: honorary,
      schedules: [honorary],
    },
    { id: 3, name: 'Firmenmitglied', active: true, memberCount: 0, current: null, schedules: [] },
  ]
}

export const billingPreview: BillingPreview = {
  periodKey: '2026/27',
  periodStart: '2026-07-01',
  periodEnd: '2027-06-30',
  lines: [
    {
      memberId: 5,
      memberNumber: 'M-0005',
      displayName: 'Dr. Anna Schäfer',
      membershipType: 'Aktiv',
      kind: 'dues',
      periodStart: '2026-07-01',
      periodEnd: '2027-06-30',
      dueDate: '2026-07-31',
      amountCents: 12000,
      computation: { rule: 'full', amountCents: 12000 },
    },
    {
      memberId: 7,
      memberNumber: 'M-0007',
      displayName: 'Jörg Weiß',
      membershipType: 'Aktiv',
      kind: 'dues',
      periodStart: '2026-07-01',
      periodEnd: '2027-06-30',
      dueDate: '2026-07-31',
      amountCents: 4000,
      computation: {
        rule: 'month',
        fullCents: 12000,
        units: 4,
        ofUnits: 12,
        from: '2026-09-05',
        to: '2027-06-30',
      },
    },
    {
      memberId: 7,
      memberNumber: 'M-0007',
      displayName: 'Jörg Weiß',
      membershipType: 'Aktiv',
      kind: 'admission',
      periodStart: '2026-07-01',
      periodEnd: '2027-06-30',
      dueDate: '2026-10-05',
      amountCents: 5000,
      computation: { rule: 'admission', amountCents: 5000 },
    },
  ],
  skipped: [
    { memberId: 9, memberNumber: 'M-0009', displayName: 'Hans Ehrlich', reason: 'exempt' },
    { memberId: 11, memberNumber: 'M-0011', displayName: 'Petra Neu', reason: 'noType' },
    { memberId: 12, memberNumber: 'M-0012', displayName: 'Ida Alt', reason: 'alreadyBilled' },
  ],
  totalCents: 21000,
}

export function run(overrides: Partial<BillingRunSummary> = {}): BillingRunSummary {
  return {
    id: 1,
    periodKey: '2026/27',
    periodStart: '2026-07-01',
    periodEnd: '2027-06-30',
    createdAt: '2026-11-21T10:00:00.000Z',
    chargeCount: 3,
    totalCents: 21000,
    cancelledAt: null,
    ...overrides,
  }
}

export function outstandingRow(overrides: Partial<OutstandingRow> = {}): OutstandingRow {
  return {
    memberId: 5,
    memberNumber: 'M-0005',
    displayName: 'Dr. Anna Schäfer',
    status: 'active',
    openCents: 12000,
    openCharges: 1,
    oldestDue: '2026-07-31',
    daysOverdue: 113,
    dunningLevel: 1,
    hasMandate: false,
    ...overrides,
  }
}

export function account(overrides: Partial<MemberAccount> = {}): MemberAccount {
  return {
    memberId: 5,
    displayName: 'Dr. Anna Schäfer',
    memberNumber: 'M-0005',
    membershipType: 'Aktiv',
    balanceCents: 12000,
    creditCents: 0,
    entries: [
      {
        kind: 'charge',
        id: 31,
        date: '2026-07-01',
        reference: '2026-000031',
        description: 'Beitrag 2026/27',
        chargeKind: 'dues',
        method: null,
        amountCents: 12000,
        balanceCents: 12000,
        reversed: false,
      },
    ],
    openCharges: [
      {
        id: 31,
        number: '2026-000031',
        description: 'Beitrag 2026/27',
        bookedOn: '2026-07-01',
        dueDate: '2026-07-31',
        amountCents: 12000,
        openCents: 12000,
        dunningLevel: 1,
      },
    ],
    individualFee: null,
    ...overrides,
  }
}

/** The account after 50,00 € were paid against the charge. */
export function accountAfterPayment(): MemberAccount {
  const before = account()
  return {
    ...before,
    balanceCents: 7000,
    entries: [
      ...before.entries,
      {
        kind: 'payment',
        id: 8,
        date: '2026-11-21',
        reference: 'Überweisung Nov',
        description: '',
        chargeKind: null,
        method: 'transfer',
        amountCents: -5000,
        balanceCents: 7000,
        reversed: false,
      },
    ],
    openCharges: before.openCharges.map((c) => ({ ...c, openCents: 7000 })),
  }
}

/** A direct debit the bank returned, and a later transfer that stands. */
export function accountWithReversal(): MemberAccount {
  const before = account()
  const payment = {
    kind: 'payment' as const,
    chargeKind: null,
    description: '',
    reversed: false,
  }
  return {
    ...before,
    balanceCents: 7000,
    entries: [
      ...before.entries,
      {
        ...payment,
        id: 8,
        date: '2026-08-01',
        reference: 'KREIS-2026-000031',
        method: 'direct_debit',
        amountCents: -12000,
        balanceCents: 0,
        reversed: true,
      },
      {
        ...payment,
        kind: 'reversal',
        id: 9,
        date: '2026-08-06',
        reference: 'KREIS-2026-000031',
        description: 'AM04',
        method: 'direct_debit',
        amountCents: 12000,
        balanceCents: 12000,
      },
      {
        ...payment,
        id: 10,
        date: '2026-11-21',
        reference: 'Überweisung Nov',
        method: 'transfer',
        amountCents: -5000,
        balanceCents: 7000,
      },
    ],
    openCharges: before.openCharges.map((c) => ({ ...c, openCents: 7000 })),
  }
}

export function mandate(overrides: Partial<Mandate> = {}): Mandate {
  return {
    id: 1,
    memberId: 5,
    reference: 'M-0005-1',
    signedOn: '2021-03-01',
    debtorName: 'Anna Schäfer',
    iban: 'DE89370400440532013000',
    bic: '',
    type: 'RCUR',
    status: 'active',
    lastUsedOn: '2022-07-15',
    lapsed: true,
    ...overrides,
  }
}

export const dunningLevels: DunningLevel[] = [
  { level: 1, daysAfterDue: 14, feeCents: 0 },
  { level: 2, daysAfterDue: 28, feeCents: 0 },
  { level: 3, daysAfterDue: 42, feeCents: 500 },
]

export const sepaSettings: SepaSettings = {
  creditorId: 'DE98ZZZ09999999999',
  creditorName: 'Rotary Club Teststadt',
  iban: 'DE89370400440532013000',
  bic: '',
  mandatePattern: 'M-{number}-{n}',
}

export const collectionPreview: CollectionPreview = {
  collectionDate: '2026-11-26',
  earliestDate: '2026-11-26',
  lines: [
    {
      chargeId: 31,
      chargeNumber: '2026-000031',
      memberId: 5,
      memberNumber: 'M-0005',
      displayName: 'Dr. Anna Schäfer',
      mandateReference: 'M-0005-1',
      sequenceType: 'RCUR',
      amountCents: 12000,
      firstDebit: false,
    },
    {
      chargeId: 32,
      chargeNumber: '2026-000032',
      memberId: 7,
      memberNumber: 'M-0007',
      displayName: 'Jörg Weiß',
      mandateReference: 'M-0007-1',
      sequenceType: 'FRST',
      amountCents: 4000,
      firstDebit: true,
    },
  ],
  problems: [
    {
      chargeId: 33,
      chargeNumber: '2026-000033',
      memberId: 11,
      memberNumber: 'M-0011',
      displayName: 'Petra Neu',
      amountCents: 12000,
      problem: 'noMandate',
    },
    {
      chargeId: 34,
      chargeNumber: '2026-000034',
      memberId: 12,
      memberNumber: 'M-0012',
      displayName: 'Ida Alt',
      amountCents: 12000,
      problem: 'mandateLapsed',
    },
  ],
  totalCents: 16000,
}

/** What the dues view asks for, answered for a club that has billed once. */
export function duesAnswers() {
  return {
    'dues/types': feeTypes(),
    'dues/saveSchedule': feeTypes(),
    'dues/runs': [run()],
    'dues/billPreview': billingPreview,
    'dues/billCommit': run({ id: 2 }),
    'dues/outstanding': [
      outstandingRow(),
      outstandingRow({
        memberId: 7,
        memberNumber: 'M-0007',
        displayName: 'Jörg Weiß',
        openCents: 9000,
        openCharges: 2,
        daysOverdue: 0,
        oldestDue: '2026-12-05',
        dunningLevel: 0,
        hasMandate: true,
      }),
    ],
    'dues/account': account(),
    'dues/pay': accountAfterPayment(),
    'dues/extraCharge': { created: 1, totalCents: 4500 },
    'dunning/levels': dunningLevels,
    'dunning/preview': { date: '2026-11-21', letters: [], totalCents: 0 },
    'sepa/settings': sepaSettings,
    'sepa/collections': [],
    'sepa/preview': collectionPreview,
  }
}
