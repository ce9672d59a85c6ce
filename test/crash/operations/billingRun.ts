import { sql } from 'kysely'
import { commitBilling, previewBilling } from '../../../src/core/dues/billing.ts'
import { broken, count, crashClock, perTemplate, type CrashOperation } from '../crashOperation.ts'

/** The next club year: the demo has billed the running one, so this bills every payer. */
const period = '2027/28'

const runs = sql<{ n: number }>`select count(*) as n from billing_run where period_key = ${period}`
const charges = sql<{ n: number }>`select count(*) as n from charge`
const runCharges = sql<{ n: number }>`select count(*) as n from charge c
    join billing_run r on r.id = c.run_id where r.period_key = ${period}`
const runTotal = sql<{ n: number }>`select coalesce(sum(c.amount_cents), 0) as n from charge c
    join billing_run r on r.id = c.run_id where r.period_key = ${period}`
const allocations = sql<{ n: number }>`select count(*) as n from allocation`
const chargeNumberNext = sql<{ n: number }>`select charge_number_next as n from club`

const expected = perTemplate(async (before) => {
  const { lines } = await previewBilling(before, period)
  return {
    lines: lines.length,
    total: lines.reduce((sum, line) => sum + line.amountCents, 0),
    charges: await count(before, charges),
    next: await count(before, chargeNumberNext),
    allocations: await count(before, allocations),
  }
})

const billingRun: CrashOperation = {
  async prepare() {},

  async run(file) {
    await commitBilling(file.db, period, crashClock)
  },

  async check({ db, before }) {
    const was = await expected(before)
    const found = {
      runs: await count(db, runs),
      inRun: await count(db, runCharges),
      total: await count(db, runTotal),
      charges: await count(db, charges),
      next: await count(db, chargeNumberNext),
      allocations: await count(db, allocations),
    }
    const { runs: run, inRun, total, charges: now, next, allocations: settled } = found
    if (run === 0 && now === was.charges && next === was.next && settled === was.allocations) {
      return 'absent'
    }
    if (
      run === 1 &&
      inRun === was.lines &&
      total === was.total &&
      now === was.charges + was.lines &&
      next === was.next + was.lines
    ) {
      return 'complete'
    }
    return broken(`${JSON.stringify(found)}, before ${JSON.stringify(was)}`)
  },
}

export default billingRun
