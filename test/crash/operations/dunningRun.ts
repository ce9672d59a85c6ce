import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { localToday } from '../../../src/core/clock.ts'
import { dunningPreview, runDunning } from '../../../src/core/dues/dunning.ts'
import { broken, count, crashClock, perTemplate, type CrashOperation } from '../crashOperation.ts'

const date = localToday(crashClock)
/**
 * Each letter is a PDF of its own and takes far longer to write than its rows take to record,
 * so twenty keep a run short; the kills counted from the transaction's start reach it.
 */
const dunnedMembers = 20

const notices = sql<{ n: number }>`select count(*) as n from dunning_notice`
const listed = sql<{ n: number }>`select count(*) as n from dunning_notice_charge`
const charges = sql<{ n: number }>`select count(*) as n from charge`
const levels = sql<{ n: number }>`select coalesce(sum(dunning_level), 0) as n from charge`

const lettersIn = (workDir: string) => join(workDir, 'letters')

const expected = perTemplate(async (before) => {
  const { letters } = await dunningPreview(before, date, crashClock)
  const sent = letters.filter((letter) => letter.hasAddress)
  return {
    letters: sent.length,
    fees: sent.filter((letter) => letter.feeCents > 0).length,
    listed: sent.reduce((sum, letter) => sum + letter.charges.length, 0),
    before: {
      notices: await count(before, notices),
      listed: await count(before, listed),
      charges: await count(before, charges),
      levels: await count(before, levels),
    },
  }
})

const dunningRun: CrashOperation = {
  /** Only the first members with overdue charges are due a letter; the rest fall due later. */
  async prepare(file) {
    await sql`update charge set due_date = '2026-12-31'
      where due_date < ${date} and member_id not in (
        select member_id from charge where due_date < ${date} and kind <> 'dunning_fee'
        group by member_id order by member_id limit ${dunnedMembers})`.execute(file.db)
  },

  async run(file, workDir) {
    mkdirSync(lettersIn(workDir))
    await runDunning(file.db, date, lettersIn(workDir), crashClock)
  },

  async check({ db, before, workDir }) {
    const want = await expected(before)
    const found = {
      notices: (await count(db, notices)) - want.before.notices,
      listed: (await count(db, listed)) - want.before.listed,
      charges: (await count(db, charges)) - want.before.charges,
      levels: (await count(db, levels)) - want.before.levels,
    }
    const names = existsSync(lettersIn(workDir)) ? readdirSync(lettersIn(workDir)) : []
    const letters = names.filter((name) => name.endsWith('.pdf')).length
    const pending = names.filter((name) => name.endsWith('.part')).length
    const summary = `${JSON.stringify(found)} for ${want.letters} letters, ${letters} letters and ${pending} pending files`
    // Killed before the commit, a run may leave temporary files, never a letter.
    if (Object.values(found).every((n) => n === 0))
      return letters === 0 ? 'absent' : broken(summary)
    const recorded =
      found.notices === want.letters &&
      found.listed === want.listed &&
      found.charges === want.fees &&
      found.levels > 0
    // The letters are written before anything is recorded: recorded ones are all on disk, those
    // a kill after the commit kept from their names as their temporary files.
    return recorded && letters + pending === want.letters ? 'complete' : broken(summary)
  },
}

export default dunningRun
