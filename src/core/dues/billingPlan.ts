import { sql, type Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import type {
  BillingInterval,
  BillingLine,
  BillingPreview,
  FeeSchedule,
  SkipReason,
  SkippedMember,
} from '../../api/dues.ts'
import type { MemberStatus } from '../../api/members.ts'
import { addDays } from '../club/clubYear.ts'
import type { Database } from '../db/schema.ts'
import { displayName } from '../members/displayName.ts'
import { allSchedules, scheduleOn } from './feeSchedules.ts'
import { parsePeriod, slicesStartingIn, type Period, type Span } from './periods.ts'
import { prorate } from './prorate.ts'

/** A billing line with what the charge row needs besides. */
export interface PlannedLine extends BillingLine {
  readonly membershipTypeId: number
}

export interface BillingPlan {
  readonly period: Period
  readonly locale: Locale
  readonly yearStartMonth: number
  readonly lines: readonly PlannedLine[]
  readonly skipped: readonly SkippedMember[]
}

/** A slice of the period for one membership type, with the schedule valid at its start. */
interface TypeSlice extends Span {
  readonly schedule: FeeSchedule | null
}

const billedStatuses: readonly MemberStatus[] = ['active', 'on_leave', 'honorary']
const always: Span = { start: '0000-01-01', end: '9999-12-31' }

// When a member gets no line at all, the reason that tells the treasurer most.
const reasonRank: readonly SkipReason[] = [
  'alreadyBilled',
  'exempt',
  'zeroAmount',
  'noSchedule',
  'notMemberInPeriod',
]

/**
 * The slices of the period a type bills, each with its schedule. A schedule changed within
 * the period (even its interval) governs the slices that start from its date on; a slice
 * with no schedule yet is kept, so its members are listed as skipped for it.
 */
function typeSlices(
  schedules: readonly FeeSchedule[],
  period: Period,
  yearStartMonth: number,
): TypeSlice[] {
  const intervals = new Set<BillingInterval>(schedules.map((s) => s.interval))
  const byStart = new Map<string, TypeSlice>()
  for (const interval of intervals) {
    for (const slice of slicesStartingIn(period, interval, yearStartMonth)) {
      const schedule = scheduleOn(schedules, slice.start)
      if (schedule === null) byStart.set(slice.start, { ...slice, schedule })
      else if (schedule.interval === interval) byStart.set(slice.start, { ...slice, schedule })
    }
  }
  return [...byStart.values()].sort((a, b) => a.start.localeCompare(b.start))
}

/** Individual amounts per member, newest first. */
async function memberFees(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('member_fee')
    .select(['member_id', 'valid_from', 'amount_cents'])
    .orderBy('member_id')
    .orderBy('valid_from', 'desc')
    .execute()
  const byMember = new Map<number, { validFrom: string; amountCents: number | null }[]>()
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? []
    list.push({ validFrom: row.valid_from, amountCents: row.amount_cents })
    byMember.set(row.member_id, list)
  }
  return byMember
}

/** Who has a live dues charge for which slice start in the period, and a live admission fee. */
async function billedAlready(db: Kysely<Database>, period: Period) {
  const rows = await db
    .selectFrom('charge')
    .select(['member_id', 'kind', 'period_start'])
    .where('cancelled_on', 'is', null)
    .where((eb) =>
      eb.or([
        eb('kind', '=', 'admission'),
        eb.and([
          eb('kind', '=', 'dues'),
          eb('period_start', '>=', period.start),
          eb('period_start', '<=', period.end),
        ]),
      ]),
    )
    .execute()
  const dues = new Set<string>()
  const admission = new Set<number>()
  for (const row of rows) {
    if (row.kind === 'admission') admission.add(row.member_id)
    else dues.add(`${row.member_id}|${row.period_start ?? ''}`)
  }
  return { dues, admission }
}

/**
 * Who is billed what for the period, and who is skipped and why: set-based, a handful of
 * queries whatever the number of members.
 */
export async function planBilling(db: Kysely<Database>, periodText: string): Promise<BillingPlan> {
  const club = await db
    .selectFrom('club')
    .select(['locale', 'year_start_month'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  const period = parsePeriod(periodText, club.year_start_month)
  const sortKey = club.locale === 'de' ? 'm.sort_key_de' : 'm.sort_key_en'
  const members = await db
    .selectFrom('member as m')
    .leftJoin('membership_type as t', 't.id', 'm.membership_type_id')
    .select([
      'm.id',
      'm.member_number',
      'm.kind',
      'm.title',
      'm.first_name',
      'm.last_name',
      'm.name_affix',
      'm.organisation_name',
      'm.status',
      'm.membership_type_id',
      'm.join_date',
      'm.leave_date',
      't.name as type_name',
    ])
    .orderBy(sql.ref(sortKey))
    .orderBy('m.id')
    .execute()
  const schedules = await allSchedules(db)
  const fees = await memberFees(db)
  const billed = await billedAlready(db, period)
  const slicesOfType = new Map<number, TypeSlice[]>()

  const lines: PlannedLine[] = []
  const skipped: SkippedMember[] = []
  for (const m of members) {
    const who = { memberId: m.id, memberNumber: m.member_number, displayName: displayName(m) }
    const skip = (reason: SkipReason) => skipped.push({ ...who, reason })
    const former = m.status === 'former'
    if (!billedStatuses.includes(m.status) && !(former && (m.leave_date ?? '') >= period.start)) {
      skip('status')
      continue
    }
    const typeId = m.membership_type_id
    if (typeId === null) {
      skip('noType')
      continue
    }
    const typeSchedules = schedules.get(typeId) ?? []
    if (typeSchedules.length === 0) {
      skip('noSchedule')
      continue
    }
    let slices = slicesOfType.get(typeId)
    if (slices === undefined) {
      slices = typeSlices(typeSchedules, period, club.year_start_month)
      slicesOfType.set(typeId, slices)
    }
    const membership: Span = {
      start: m.join_date ?? always.start,
      end: (former ? m.leave_date : null) ?? always.end,
    }
    const line = {
      ...who,
      membershipType: m.type_name ?? '',
      membershipTypeId: typeId,
    }
    const reasons = new Set<SkipReason>()
    let billedSome = false
    for (const slice of slices) {
      const schedule = slice.schedule
      if (schedule === null) {
        reasons.add('noSchedule')
        continue
      }
      if (membership.start > slice.end || membership.end < slice.start) {
        reasons.add('notMemberInPeriod')
        continue
      }
      if (billed.dues.has(`${m.id}|${slice.start}`)) {
        reasons.add('alreadyBilled')
        continue
      }
      if (schedule.exempt) {
        reasons.add('exempt')
        continue
      }
      const individual = fees.get(m.id)?.find((f) => f.validFrom <= slice.start)?.amountCents
      const hasIndividual = individual !== undefined && individual !== null
      const { amountCents, computation } = prorate(
        schedule.prorate,
        hasIndividual ? individual : schedule.amountCents,
        slice,
        membership,
        hasIndividual,
      )
      if (amountCents === 0) {
        reasons.add('zeroAmount')
        continue
      }
      const from = membership.start > slice.start ? membership.start : slice.start
      billedSome = true
      lines.push({
        ...line,
        kind: 'dues',
        periodStart: slice.start,
        periodEnd: slice.end,
        dueDate: addDays(from, schedule.dueDays),
        amountCents,
        computation,
      })
    }
    const joined = m.join_date
    if (joined !== null && joined >= period.start && joined <= period.end) {
      const schedule = scheduleOn(typeSchedules, joined)
      if (
        schedule !== null &&
        !schedule.exempt &&
        schedule.admissionFeeCents > 0 &&
        !billed.admission.has(m.id)
      ) {
        billedSome = true
        lines.push({
          ...line,
          kind: 'admission',
          periodStart: joined,
          periodEnd: joined,
          dueDate: addDays(joined, schedule.dueDays),
          amountCents: schedule.admissionFeeCents,
          computation: { rule: 'admission', amountCents: schedule.admissionFeeCents },
        })
      }
    }
    if (!billedSome) {
      const reason = reasonRank.find((r) => reasons.has(r))
      if (reason !== undefined) skip(reason)
    }
  }
  return { period, locale: club.locale, yearStartMonth: club.year_start_month, lines, skipped }
}

function billingLine(l: PlannedLine): BillingLine {
  return {
    memberId: l.memberId,
    memberNumber: l.memberNumber,
    displayName: l.displayName,
    membershipType: l.membershipType,
    kind: l.kind,
    periodStart: l.periodStart,
    periodEnd: l.periodEnd,
    dueDate: l.dueDate,
    amountCents: l.amountCents,
    computation: l.computation,
  }
}

/** The plan as the preview shows it. */
export function previewOf(plan: BillingPlan): BillingPreview {
  return {
    periodKey: plan.period.key,
    periodStart: plan.period.start,
    periodEnd: plan.period.end,
    lines: plan.lines.map(billingLine),
    skipped: plan.skipped,
    totalCents: plan.lines.reduce((sum, line) => sum + line.amountCents, 0),
  }
}
