import type { Kysely } from 'kysely'
import * as v from 'valibot'
import type { Locale } from '../../api/club.ts'
import {
  CentsSchema,
  paymentMethods,
  type BillingPreview,
  type BillingRunSummary,
  type MemberAccount,
  type MembershipTypeFees,
  type OutstandingRow,
  type PaymentMethod,
} from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import type { InputReason } from '../../api/messages/errors.ts'
import { DateSchema } from '../../api/members.ts'
import { localToday } from '../../core/clock.ts'
import type { Database } from '../../core/db/schema.ts'
import { memberAccount } from '../../core/dues/account.ts'
import { commitBilling, previewBilling } from '../../core/dues/billing.ts'
import { listTypeFees } from '../../core/dues/feeSchedules.ts'
import { clubMoney, parseAmount, type ClubMoney } from '../../core/dues/money.ts'
import { formatCents } from '../../api/money.ts'
import { outstanding } from '../../core/dues/outstanding.ts'
import { recordPayment } from '../../core/dues/payments.ts'
import { parsePeriod } from '../../core/dues/periods.ts'
import { findMemberIdByNumber } from '../../core/members/memberRead.ts'
import { shortDate } from '../../core/pdf/dates.ts'
import type { CommandContext } from '../main.ts'
import { argument, withClub } from './clubFile.ts'
import {
  computationWords,
  duesText,
  intervalWord,
  prorateWord,
  reasonWord,
  type DuesTextKey,
} from './duesText.ts'
import { table } from './table.ts'

/**
 * A usage error: exit code 2 and the option named, as for every other command. `field` is the
 * input field the option fills, so a JSON reader gets the same name the procedures use.
 */
function usage(
  ctx: CommandContext,
  key: DuesTextKey,
  field: string,
  reason: InputReason,
  params: Readonly<Record<string, string>> = {},
): number {
  ctx.io.err(
    ctx.json
      ? JSON.stringify({ error: { code: 'input.invalid', params: { field, reason } } })
      : duesText(ctx.locale, key, params),
  )
  return 2
}

/** Amounts in the club's currency, dates and words in the user's language. */
function writer(locale: Locale, money: ClubMoney) {
  return {
    t: (key: DuesTextKey, params: Readonly<Record<string, string | number>> = {}) =>
      duesText(locale, key, params),
    cents: (cents: number) => formatCents(cents, locale, money.currency),
    date: (iso: string) => shortDate(iso, locale),
  }
}

/** `kreis dues types <club> [--json]`: membership types with the fees in force and to come. */
export async function runDuesTypes(ctx: CommandContext): Promise<number> {
  const { types, money, today } = await withClub(ctx, async (db, clock) => ({
    types: await listTypeFees(db, clock),
    money: await clubMoney(db),
    today: localToday(clock),
  }))
  ctx.io.out(ctx.json ? JSON.stringify(types) : typesText(ctx.locale, money, types, today))
  return 0
}

function typesText(
  locale: Locale,
  money: ClubMoney,
  types: readonly MembershipTypeFees[],
  today: string,
): string {
  const w = writer(locale, money)
  const rows: string[][] = [
    [
      w.t('type'),
      w.t('members'),
      w.t('amount'),
      w.t('interval'),
      w.t('prorate'),
      w.t('admission'),
      w.t('validFrom'),
    ],
  ]
  for (const type of types) {
    const shown = type.schedules.filter((s) => s.validFrom > today || s.id === type.current?.id)
    if (shown.length === 0) {
      rows.push([type.name, String(type.memberCount), w.t('noSchedule'), '', '', '', ''])
    }
    // Oldest first: the schedule in force, then the changes to come.
    shown
      .reverse()
      .forEach((s, i) =>
        rows.push([
          i === 0 ? type.name : '',
          i === 0 ? String(type.memberCount) : '',
          s.exempt ? w.t('exempt') : w.cents(s.amountCents),
          s.exempt ? '' : intervalWord(locale, s.interval),
          s.exempt ? '' : prorateWord(locale, s.prorate),
          s.admissionFeeCents > 0 && !s.exempt ? w.cents(s.admissionFeeCents) : '–',
          w.date(s.validFrom),
        ]),
      )
  }
  return table(rows)
}

/**
 * `kreis dues bill <club> --period <id> [--dry-run] [--json]`: shows who is billed what and
 * who is skipped why, then books it unless it is a dry run.
 */
export async function runDuesBill(ctx: CommandContext): Promise<number> {
  const period = ctx.values['period']
  if (typeof period !== 'string' || period.trim() === '') {
    return usage(ctx, 'missingPeriod', 'period', 'required')
  }
  const dryRun = ctx.values['dry-run'] === true
  const billed = await withClub(ctx, async (db, clock) => {
    // How a club year is written depends on the club, so the period is read once it is open.
    if (!isPeriod(period, await yearStartMonth(db))) return null
    const money = await clubMoney(db)
    const preview = await previewBilling(db, period)
    if (!ctx.json) ctx.io.out(previewText(ctx.locale, money, preview))
    const run = dryRun ? null : await commitBilling(db, period, clock)
    return { preview, run, money }
  })
  if (billed === null) return usage(ctx, 'badPeriod', 'period', 'format', { value: period })
  const { preview, run, money } = billed
  if (ctx.json) ctx.io.out(JSON.stringify({ preview, run }))
  else ctx.io.out(runText(ctx.locale, money, run))
  return 0
}

async function yearStartMonth(db: Kysely<Database>): Promise<number> {
  const club = await db
    .selectFrom('club')
    .select('year_start_month')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  return club.year_start_month
}

function isPeriod(text: string, startMonth: number): boolean {
  try {
    parsePeriod(text, startMonth)
    return true
  } catch (error) {
    if (error instanceof KreisError && error.code === 'dues.period') return false
    throw error
  }
}

function previewText(locale: Locale, money: ClubMoney, preview: BillingPreview): string {
  const w = writer(locale, money)
  const parts: string[] = []
  if (preview.lines.length > 0) {
    parts.push(
      table([
        [
          w.t('number'),
          w.t('name'),
          w.t('type'),
          w.t('period'),
          w.t('due'),
          w.t('amount'),
          w.t('computation'),
        ],
        ...preview.lines.map((l) => [
          l.memberNumber,
          l.displayName,
          l.membershipType,
          l.kind === 'admission'
            ? w.date(l.periodStart)
            : `${w.date(l.periodStart)}–${w.date(l.periodEnd)}`,
          w.date(l.dueDate),
          w.cents(l.amountCents),
          computationWords(locale, l.computation, w.cents),
        ]),
      ]),
    )
  }
  parts.push(
    w.t('previewTotal', {
      count: preview.lines.length,
      total: w.cents(preview.totalCents),
      period: preview.periodKey,
      start: w.date(preview.periodStart),
      end: w.date(preview.periodEnd),
    }),
  )
  if (preview.skipped.length > 0) {
    parts.push(
      w.t('skippedTitle', { count: preview.skipped.length }),
      table(
        preview.skipped.map((s) => [
          `  ${s.memberNumber}`,
          s.displayName,
          reasonWord(locale, s.reason),
        ]),
      ),
    )
  }
  return parts.join('\n')
}

function runText(locale: Locale, money: ClubMoney, run: BillingRunSummary | null): string {
  const w = writer(locale, money)
  if (run === null) return w.t('dryRun')
  return w.t('committed', { id: run.id, count: run.chargeCount, total: w.cents(run.totalCents) })
}

/**
 * `kreis dues pay <club> <member number> <amount> [--date d] [--method m] [--json]`: books a
 * payment against the member's oldest open charges and shows the account after it.
 */
export async function runDuesPay(ctx: CommandContext): Promise<number> {
  const number = argument(ctx, 0)
  const amountText = argument(ctx, 1)
  if (number === undefined || amountText === undefined) {
    return usage(
      ctx,
      'missingPayment',
      number === undefined ? 'memberId' : 'amountCents',
      'required',
    )
  }
  const amountCents = parseAmount(amountText)
  if (amountCents === null || amountCents === 0 || !v.is(CentsSchema, amountCents)) {
    return usage(ctx, 'badAmount', 'amountCents', 'format', { value: amountText })
  }
  const rawDate = ctx.values['date']
  if (rawDate !== undefined && !v.is(DateSchema, rawDate)) {
    return usage(ctx, 'badDate', 'paidOn', 'date', { value: String(rawDate) })
  }
  const rawMethod = ctx.values['method'] ?? 'transfer'
  if (!isMethod(rawMethod)) {
    return usage(ctx, 'badMethod', 'method', 'notAllowed', {
      value: String(rawMethod),
      allowed: paymentMethods.join(', '),
    })
  }
  const { account, money } = await withClub(ctx, async (db, clock) => {
    const memberId = await findMemberIdByNumber(db, number)
    if (memberId === null) throw new KreisError('member.notFound', { number })
    const today = localToday(clock)
    const input = {
      memberId,
      amountCents,
      paidOn: typeof rawDate === 'string' ? rawDate : today,
      method: rawMethod,
      reference: '',
    }
    await db.transaction().execute((trx) => recordPayment(trx, input, clock))
    return { account: await memberAccount(db, memberId, today), money: await clubMoney(db) }
  })
  ctx.io.out(ctx.json ? JSON.stringify(account) : payText(ctx.locale, money, account, amountCents))
  return 0
}

function isMethod(value: unknown): value is PaymentMethod {
  return (paymentMethods as readonly unknown[]).includes(value)
}

function payText(locale: Locale, money: ClubMoney, account: MemberAccount, paid: number): string {
  const w = writer(locale, money)
  const lines = [
    w.t('paid', { amount: w.cents(paid), name: account.displayName, number: account.memberNumber }),
    w.t('balance', { balance: w.cents(account.balanceCents) }),
  ]
  if (account.creditCents > 0) lines.push(w.t('credit', { credit: w.cents(account.creditCents) }))
  if (account.openCharges.length === 0) lines.push(w.t('noneOpen'))
  else {
    lines.push(
      w.t('openTitle'),
      table(
        account.openCharges.map((c) => [
          `  ${c.number}`,
          c.description,
          w.date(c.dueDate),
          w.cents(c.openCents),
        ]),
      ),
    )
  }
  return lines.join('\n')
}

/** `kreis dues outstanding <club> [--json]`: who owes what since when, by name. */
export async function runDuesOutstanding(ctx: CommandContext): Promise<number> {
  const { rows, money } = await withClub(ctx, async (db, clock) => ({
    rows: await outstanding(db, { asOf: '', search: '', minDaysOverdue: 0 }, clock),
    money: await clubMoney(db),
  }))
  ctx.io.out(ctx.json ? JSON.stringify(rows) : outstandingText(ctx.locale, money, rows))
  return 0
}

function outstandingText(
  locale: Locale,
  money: ClubMoney,
  rows: readonly OutstandingRow[],
): string {
  const w = writer(locale, money)
  if (rows.length === 0) return w.t('nobodyOwes')
  const total = rows.reduce((sum, r) => sum + r.openCents, 0)
  return [
    table([
      [
        w.t('number'),
        w.t('name'),
        w.t('open'),
        w.t('charges'),
        w.t('oldestDue'),
        w.t('days'),
        w.t('level'),
        w.t('mandate'),
      ],
      ...rows.map((r) => [
        r.memberNumber,
        r.displayName,
        w.cents(r.openCents),
        String(r.openCharges),
        w.date(r.oldestDue),
        String(r.daysOverdue),
        String(r.dunningLevel),
        r.hasMandate ? w.t('yes') : w.t('no'),
      ]),
    ]),
    w.t('outstandingTotal', { count: rows.length, total: w.cents(total) }),
  ].join('\n')
}
