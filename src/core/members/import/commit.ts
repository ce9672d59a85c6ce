import type { Kysely } from 'kysely'
import * as v from 'valibot'
import type { Locale } from '../../../api/club.ts'
import { KreisError } from '../../../api/errors.ts'
import type { ImportCommitSchema, ImportReport } from '../../../api/memberTransfer.ts'
import { MemberInputSchema, type MemberInput } from '../../../api/members.ts'
import { isoTimestamp, type Clock } from '../../clock.ts'
import { withoutIndexes } from '../../db/bulkInsert.ts'
import { checkpointingBeside } from '../../db/checkpointThread.ts'
import type { Database, MemberRow } from '../../db/schema.ts'
import { inputError } from '../../dispatch/inputErrors.ts'
import { customValuesOf } from '../customValues.ts'
import { inputOf } from '../memberRow.ts'
import { secondarySectorIdsOf } from '../memberSectors.ts'
import { createMembers, requireMemberRow, updateMember, type MemberState } from '../memberWrite.ts'
import { copyInput, setTarget, readValue } from './emptyInput.ts'
import { forgetPlan, planImport, type PlannedRow } from './plan.ts'
import { rowPreview } from './preview.ts'
import { applyStatusChanges, recordStatusChanges, type StatusChange } from './statusWrite.ts'

export type ImportCommitOptions = v.InferOutput<typeof ImportCommitSchema>

const nameTargets = ['lastName', 'organisationName', 'company']
/** From this many new members on, and more than the club has, indexes are rebuilt, not fed. */
const bulkImport = 10_000
const createOrder = [
  ['active', true],
  ['prospect', true],
  ['active', false],
  ['prospect', false],
] as const

/**
 * Writes the accepted rows in one transaction: every row lands or, on any failure, none.
 * Rejected rows stop the whole import unless the caller chose to skip them.
 */
export async function commitImport(
  db: Kysely<Database>,
  options: ImportCommitOptions,
  clock: Clock,
  locale: Locale,
): Promise<ImportReport> {
  const plan = await planImport(db, options, clock.now(), 'reuse')
  const mapped = new Set(Object.values(plan.mapping))
  const needsName = plan.rows.some((row) => row.match === null || !options.updateDuplicates)
  if (needsName && !nameTargets.some((target) => mapped.has(target))) {
    throw new KreisError('import.noNameColumn')
  }
  const rejected = plan.rows.filter((row) => row.action === 'reject')
  if (rejected.length > 0 && !options.skipInvalid) {
    throw new KreisError('import.rejectedRows', { count: rejected.length })
  }
  const creates = plan.rows.filter((row) => row.action === 'create')
  const updates = plan.rows.filter((row) => row.action === 'update')
  const report = (written: boolean): ImportReport => ({
    created: written ? creates.length : 0,
    updated: written ? updates.length : 0,
    rejected: rejected.map(rowPreview),
    written,
  })
  if (creates.length + updates.length === 0) return report(false)

  const at = isoTimestamp(clock)
  const { fileName } = options.source
  const note = locale === 'de' ? `Import aus „${fileName}“` : `Imported from “${fileName}”`
  forgetPlan(db)
  const write = () =>
    db.transaction().execute(async (trx) => {
      const settled: StatusChange[] = []
      const changes: StatusChange[] = []
      const createAll = async () => {
        // Few calls, not one per row: each call checks numbers and custom fields for its batch.
        // Rows with their own numbers go first, so automatic numbers step around all of them.
        for (const [base, own] of createOrder) {
          const rows = creates.filter(
            (row) => baseStatus(row) === base && (row.parsed.input.memberNumber !== '') === own,
          )
          const from: MemberState = { status: base, leaveDate: null, leaveReason: null }
          // Members are created in the state the file gives: no second write of their rows.
          const states = rows.map((row) => stateAfter(from, row))
          const ids = await createMembers(
            trx,
            rows.map((row) => row.parsed.input),
            base,
            clock,
            states,
          )
          states.forEach((to, index) => {
            if (to !== null) settled.push({ id: ids[index] ?? 0, from, to })
          })
        }
      }
      if (creates.length >= bulkImport && creates.length > (await countMembers(trx))) {
        await withoutIndexes(trx, 'member', createAll)
      } else {
        await createAll()
      }
      for (const row of updates) {
        const id = row.match?.member.id ?? 0
        const current = await requireMemberRow(trx, id)
        const secondary = await secondarySectorIdsOf(trx, id)
        const merged = mergeInto(inputOf(current, await customValuesOf(trx, id), secondary), row)
        await updateMember(trx, id, merged, clock, note)
        const from = stateOf(current)
        const to = stateAfter(from, row)
        if (to !== null) changes.push({ id, from, to })
      }
      // By member, as createMembers writes the rest of their history.
      await recordStatusChanges(
        trx,
        settled.sort((a, b) => a.id - b.id),
        at,
        note,
      )
      await applyStatusChanges(trx, changes, at, note)
    })
  // A roster of thousands fills the WAL with tens of megabytes; they are copied into the file
  // beside the app, not before the import may report back.
  if (creates.length >= bulkImport) await checkpointingBeside(db, write)
  else await write()
  return report(true)
}

async function countMembers(db: Kysely<Database>): Promise<number> {
  const { n } = await db
    .selectFrom('member')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(n)
}

function baseStatus(row: PlannedRow): 'active' | 'prospect' {
  return row.parsed.status?.status === 'prospect' ? 'prospect' : 'active'
}

function stateOf(row: MemberRow): MemberState {
  return { status: row.status, leaveDate: row.leave_date, leaveReason: row.leave_reason }
}

/** The state the file gives a member in `from`; null where it changes nothing. */
function stateAfter(from: MemberState, row: PlannedRow): MemberState | null {
  const { status, leaveDate } = row.parsed
  if (status === null && leaveDate === null) return null
  const target = status?.status ?? from.status
  const to: MemberState =
    target === 'former'
      ? {
          status: target,
          leaveDate: leaveDate ?? from.leaveDate,
          leaveReason: status?.leaveReason ?? from.leaveReason,
        }
      : { status: target, leaveDate: leaveDate ?? null, leaveReason: null }
  const same =
    to.status === from.status &&
    to.leaveDate === from.leaveDate &&
    to.leaveReason === from.leaveReason
  return same ? null : to
}

/**
 * An update overwrites exactly the fields the row has a value for; empty cells never erase.
 * The kind stays: a firm's name found for a person becomes that person's company.
 */
function mergeInto(current: MemberInput, row: PlannedRow): MemberInput {
  const merged = copyInput(current)
  for (const key of row.parsed.provided) {
    if (key === 'kind') continue
    const target = key === 'organisationName' && current.kind === 'person' ? 'company' : key
    setTarget(merged, target, readValue(row.parsed.input, key))
  }
  const result = v.safeParse(MemberInputSchema, merged)
  if (!result.success) throw inputError(result.issues)
  return result.output
}
