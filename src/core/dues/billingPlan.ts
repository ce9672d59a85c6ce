import { sql, type Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import type { BillingLine, BillingPreview, SkipReason, SkippedMember } from '../../api/dues.ts'
import type { MemberStatus } from '../../api/members.ts'
import { addDays } from '../../api/clubYear.ts'
import type { Database } from '../db/schema.ts'
import { displayName } from '../members/displayName.ts'
import { allSchedules, scheduleOn } from './feeSchedules.ts'
import { typeSlices, type TypeSlice } from './billingSlices.ts'
import { parsePeriod, uncoveredParts, type Period, type Span } from './periods.ts'
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

/** The common part of two spans, if any. */
function overlap(a: Span, b: Span): Span | null {
  const start = a.start > b.start ? a.start : b.start
  const end = a.end < b.end ? a.end : b.end
  return start <= end ? { start, end } : null
}

/** From the first day of any slice to the last: slices may reach beyond the period. */
function reach(period: Span, slicesOfTypes: Iterable<readonly TypeSlice[]>): Span {
  let { start, end } = period
  for (const slices of slicesOfTypes) {
    for (const slice of slices) {
      if (slice.start < start) start = slice.start
      if (slice.end > end) end = slice.end
    }
  }
  return { start, end }
}

/**
 * What live dues charges already cover of `span`, per member (sorted by start), and who has a
 * live admission fee.
 */
async function billedAlready(db: Kysely<Database>, span: Span) {
  const rows = await db
    .selectFrom('charge')
    .select(['member_id', 'kind', 'period_start', 'period_end'])
    .where('cancelled_on', 'is', null)
    .where((eb) =>
      eb.or([
        eb('kind', '=', 'admission'),
        eb.and([
          eb('kind', '=', 'dues'),
          eb('period_start', '<=', span.end),
          eb('period_end', '>=', span.start),
        ]),
      ]),
    )
    .orderBy('member_id')
    .orderBy('period_start')
    .execute()
  const dues = new Map<number, Span[]>()
  const admission = new Set<number>()
  for (const row of rows) {
    if (row.kind === 'admission') admission.add(row.member_id)
    else if (row.period_start !== null && row.period_end !== null) {
      const spans = dues.get(row.member_id) ?? []
      spans.push({ start: row.period_start, end: row.period_end })
      dues.set(row.member_id, spans)
    }
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
  const slicesOfType = new Map(
    [...schedules].map(([typeId, list]) => [
      typeId,
      typeSlices(list, period, club.year_start_month),
    ]),
  )
  const billed = await billedAlready(db, reach(period, slicesOfType.values()))

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
    const slices = slicesOfType.get(typeId) ?? []
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
      const toBill: Span = { start: slice.from, end: slice.end }
      if (overlap(toBill, membership) === null) {
        reasons.add('notMemberInPeriod')
        continue
      }
      const parts = uncoveredParts(toBill, billed.dues.get(m.id) ?? [])
      if (parts.length === 0) {
        reasons.add('alreadyBilled')
        continue
      }
      if (schedule.exempt) {
        reasons.add('exempt')
        continue
      }
      const individual = fees.get(m.id)?.find((f) => f.validFrom <= slice.from)?.amountCents
      const hasIndividual = individual !== undefined && individual !== null
      for (const part of parts) {
        const member = overlap(part, membership)
        if (member === null) {
          reasons.add('notMemberInPeriod')
          continue
        }
        const whole = part.start === slice.start && part.end === slice.end
        // The rest of a slice billed in part already (under a shorter interval before a
        // change, or under another type) is worth only its share, even where the schedule
        // charges joiners the whole slice.
        const rule = whole || schedule.prorate !== 'none' ? schedule.prorate : 'month'
        const { amountCents, computation } = prorate(
          rule,
          hasIndividual ? individual : schedule.amountCents,
          slice,
          member,
          hasIndividual,
        )
        if (amountCents === 0) {
          reasons.add('zeroAmount')
          continue
        }
        billedSome = true
        lines.push({
          ...line,
          kind: 'dues',
          periodStart: whole ? slice.start : part.start,
          periodEnd: part.end,
          dueDate: addDays(member.start, schedule.dueDays),
          amountCents,
          computation,
        })
      }
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
