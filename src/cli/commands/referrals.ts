import type { Locale } from '../../api/club.ts'
import { formatCents } from '../../api/money.ts'
import type { AttendanceCounts } from '../../api/attendance.ts'
import type { ChapterReport, ChapterRow } from '../../api/business.ts'
import { clubMoney, type ClubMoney } from '../../core/dues/money.ts'
import { chapterReport } from '../../core/referrals/chapterReport.ts'
import type { CommandContext } from '../main.ts'
import { withClub } from './clubFile.ts'
import { meetingsMessage, type MeetingsTextKey } from './meetingsText.ts'
import { rangeOption } from './rangeOption.ts'
import { table } from './table.ts'

/**
 * `kreis referrals report <club> [--from d] [--to d] [--json]`: the chapter report. Closed
 * business appears as the chapter's total only, as in the app.
 */
export async function runReferralsReport(ctx: CommandContext): Promise<number> {
  const { report, money } = await withClub(ctx, async (db, clock) => ({
    report: await chapterReport(db, await rangeOption(ctx, db, clock), clock),
    money: await clubMoney(db),
  }))
  ctx.io.out(ctx.json ? JSON.stringify(report) : reportText(ctx.locale, money, report))
  return 0
}

const palms = (c: AttendanceCounts): string =>
  [c.present, c.absent, c.late, c.medical, c.substitute].join('/')

function cells(row: Omit<ChapterRow, 'member'>): string[] {
  return [
    palms(row.counts),
    `${row.referralsGivenInside}/${row.referralsGivenOutside}`,
    `${row.referralsReceivedInside}/${row.referralsReceivedOutside}`,
    String(row.visitors),
    String(row.oneToOnes),
  ]
}

function reportText(locale: Locale, money: ClubMoney, report: ChapterReport): string {
  const t = (key: MeetingsTextKey, params: Readonly<Record<string, string | number>> = {}) =>
    meetingsMessage(locale, key, params)
  return [
    table([
      [
        t('number'),
        t('name'),
        t('palms'),
        t('given'),
        t('received'),
        t('visitors'),
        t('oneToOnes'),
      ],
      ...report.rows.map((row) => [row.member.memberNumber, row.member.displayName, ...cells(row)]),
      ['', t('total'), ...cells(report.totals)],
    ]),
    t('tyfcbTotal', {
      amount: formatCents(report.totals.tyfcbCents, money.locale, money.currency),
    }),
  ].join('\n')
}
