import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import * as v from 'valibot'
import type { Locale } from '../../api/club.ts'
import { KreisError } from '../../api/errors.ts'
import { DateSchema } from '../../api/members.ts'
import type { CollectionPreview } from '../../api/sepa.ts'
import { clubMoney, type ClubMoney } from '../../core/dues/money.ts'
import { formatCents } from '../../api/money.ts'
import { shortDate } from '../../core/pdf/dates.ts'
import { collectionPreview } from '../../core/sepa/collection.ts'
import { exportCollection } from '../../core/sepa/collectionExport.ts'
import type { CommandContext } from '../main.ts'
import { withClub } from './clubFile.ts'
import { sepaMessage, type SepaTextKey } from './sepaText.ts'

/** A usage error: exit code 2 and the option named, as for every other command. */
function usage(
  ctx: CommandContext,
  key: SepaTextKey,
  option: string,
  reason: string,
  value = '',
): number {
  ctx.io.err(
    ctx.json
      ? JSON.stringify({
          error: { code: 'input.invalid', params: { field: `--${option}`, reason } },
        })
      : sepaMessage(ctx.locale, key, { value }),
  )
  return 2
}

/**
 * `kreis sepa export <club> --collection-date <YYYY-MM-DD> --out <file.xml> [--json]`: writes
 * the pain.008 file for every open charge due by the date and marks them as collected. The
 * members it cannot debit are listed with why; exit code 0 means a file was written. An
 * existing file is never replaced: it may be last month's, not yet handed to the bank, and
 * there is no dialog here to ask.
 */
export async function runSepaExport(ctx: CommandContext): Promise<number> {
  const rawDate = ctx.values['collection-date']
  if (typeof rawDate !== 'string' || rawDate.trim() === '') {
    return usage(ctx, 'missingDate', 'collection-date', 'required')
  }
  const date = v.safeParse(DateSchema, rawDate)
  if (!date.success) return usage(ctx, 'badDate', 'collection-date', 'date', rawDate)
  const out = ctx.values['out']
  if (typeof out !== 'string' || out.trim() === '')
    return usage(ctx, 'missingOut', 'out', 'required')
  const path = resolve(out.trim())
  if (existsSync(path)) throw new KreisError('file.exists', { path })
  const input = { collectionDate: date.output }
  return withClub(ctx, async (db, clock) => {
    const money = await clubMoney(db)
    try {
      const { collection, preview } = await exportCollection(db, input, path, clock)
      report(ctx, money, preview, { path, collection })
      return 0
    } catch (error) {
      if (!(error instanceof KreisError) || error.code !== 'sepa.nothingToCollect') throw error
      // Nobody could be debited: who was in the way is what the treasurer needs to see.
      const preview = await collectionPreview(db, input, clock).catch(() => null)
      if (preview === null) throw error
      if (!ctx.json) {
        ctx.io.out(problemLines(ctx.locale, money, preview))
        throw error
      }
      // One document, as every error with --json, with the members in the way added to it.
      ctx.io.err(JSON.stringify({ error: error.toData(), problems: preview.problems }))
      return 1
    }
  })
}

function report(
  ctx: CommandContext,
  money: ClubMoney,
  preview: CollectionPreview,
  result: { path: string; collection: unknown },
): void {
  const firstDebits = new Set(preview.lines.filter((l) => l.firstDebit).map((l) => l.memberId))
  if (ctx.json) {
    ctx.io.out(
      JSON.stringify({
        ...result,
        count: preview.lines.length,
        totalCents: preview.totalCents,
        firstDebitMembers: firstDebits.size,
        problems: preview.problems,
      }),
    )
    return
  }
  const lines = [
    sepaMessage(ctx.locale, 'written', { path: result.path }),
    sepaMessage(ctx.locale, 'summary', {
      count: preview.lines.length,
      total: formatCents(preview.totalCents, money.locale, money.currency),
      date: shortDate(preview.collectionDate, ctx.locale),
    }),
  ]
  if (firstDebits.size > 0) {
    lines.push(sepaMessage(ctx.locale, 'firstDebits', { count: firstDebits.size }))
  }
  if (preview.problems.length > 0) lines.push(problemLines(ctx.locale, money, preview))
  ctx.io.out(lines.join('\n'))
}

/** One line per member and reason: number, name, what stays open, why. */
function problemLines(locale: Locale, money: ClubMoney, preview: CollectionPreview): string {
  const byMember = new Map<string, { number: string; name: string; cents: number; why: string }>()
  for (const p of preview.problems) {
    const key = `${p.memberId}|${p.problem}`
    const entry = byMember.get(key)
    if (entry === undefined) {
      byMember.set(key, {
        number: p.memberNumber,
        name: p.displayName,
        cents: p.amountCents,
        why: sepaMessage(locale, p.problem),
      })
    } else entry.cents += p.amountCents
  }
  const members = new Set(preview.problems.map((p) => p.memberId))
  const rows = [...byMember.values()].map(
    (r) =>
      `  ${r.number}  ${r.name}  ${formatCents(r.cents, money.locale, money.currency)}  ${r.why}`,
  )
  return [sepaMessage(locale, 'problemsTitle', { count: members.size }), ...rows].join('\n')
}
