import { sql, type Kysely } from 'kysely'
import type * as v from 'valibot'
import type { ImportOptionsSchema, ImportProblem } from '../../../api/memberTransfer.ts'
import type { Database } from '../../db/schema.ts'
import { displayName } from '../displayName.ts'
import { decodeImportFile, type DecodedTable } from './decode.ts'
import { loadCustomFields } from './customFields.ts'
import { ExistingMembers, type Match } from './existing.ts'
import { resolveMapping } from './mapping.ts'
import { parseRow, rowContext, type ParsedRow } from './parseRow.ts'
import type { CustomFieldInfo } from './targets.ts'

export type ImportOptions = v.InferOutput<typeof ImportOptionsSchema>

export interface PlannedRow {
  readonly parsed: ParsedRow
  readonly action: 'create' | 'update' | 'reject'
  readonly match: Match | null
  readonly problems: readonly ImportProblem[]
  readonly displayName: string
}

export interface ImportPlan {
  readonly table: DecodedTable
  readonly mapping: Readonly<Record<string, string | null>>
  readonly customFields: readonly CustomFieldInfo[]
  readonly rows: readonly PlannedRow[]
}

const nameFields = new Set(['lastName', 'organisationName'])

interface KeptPlan {
  readonly key: string
  /** The file itself: comparing it is quicker than hashing 40 MB of it on every call. */
  readonly content: string
  readonly plan: ImportPlan
}

/**
 * The last preview's plan, per open club. A commit of the same file with the same choices on
 * an unchanged database takes it instead of reading 100,000 rows a second time.
 */
const keptPlans = new WeakMap<Kysely<Database>, KeptPlan>()

async function planKey(db: Kysely<Database>, options: ImportOptions, today: Date): Promise<string> {
  // total_changes() moves with every write on this connection, data_version with any other's.
  const { rows } = await sql<{
    changes: number
    version: number
  }>`select total_changes() as changes,
    (select data_version from pragma_data_version) as version`.execute(db)
  const { fileName } = options.source
  const day = today.toISOString().slice(0, 10)
  return JSON.stringify([fileName, options.mapping, options.updateDuplicates, day, rows[0]])
}

/**
 * Reads, maps, validates and matches every row without writing anything: the preview shows
 * this plan and the commit carries it out, so both always agree. `keep` stores the plan for
 * the commit that usually follows; `reuse` takes a stored one that still fits.
 */
export async function planImport(
  db: Kysely<Database>,
  options: ImportOptions,
  today: Date,
  use: 'keep' | 'reuse',
): Promise<ImportPlan> {
  const key = await planKey(db, options, today)
  const content = options.source.contentBase64
  const kept = keptPlans.get(db)
  if (use === 'reuse' && kept?.key === key && kept.content === content) return kept.plan
  keptPlans.delete(db)
  const plan = await makePlan(db, options, today)
  if (use === 'keep') keptPlans.set(db, { key, content, plan })
  return plan
}

/** After a commit the database has changed; the kept plan would never fit again. */
export function forgetPlan(db: Kysely<Database>): void {
  keptPlans.delete(db)
}

async function makePlan(
  db: Kysely<Database>,
  options: ImportOptions,
  today: Date,
): Promise<ImportPlan> {
  const bytes = Buffer.from(options.source.contentBase64, 'base64')
  const table = await decodeImportFile(bytes, options.source.fileName)
  const customFields = await loadCustomFields(db)
  const mapping = resolveMapping(table.columns, options.mapping, customFields)
  const club = await db.selectFrom('club').select('country').executeTakeFirst()
  const existing = await ExistingMembers.load(db)
  const ctx = rowContext(mapping, table.columns, customFields, today, club?.country ?? 'DE')

  const numbersInFile = new Set<string>()
  const updatedIds = new Set<number>()
  const rows = table.rows.map((source): PlannedRow => {
    const parsed = parseRow(source, ctx)
    const match = existing.match(parsed.input)
    const update = match !== null && options.updateDuplicates
    // An update keeps the member's name when the file has none.
    const problems = update
      ? parsed.problems.filter((p) => !(p.reason === 'required' && nameFields.has(p.field)))
      : [...parsed.problems]
    const number = parsed.input.memberNumber
    if (number !== '' && numbersInFile.has(number)) {
      problems.push({ field: 'memberNumber', reason: 'duplicateInFile', value: number })
    } else if (match?.basis === 'memberNumber' && !update) {
      problems.push({ field: 'memberNumber', reason: 'numberTaken', value: number })
    } else if (update && updatedIds.has(match.member.id)) {
      problems.push({
        field: match.basis,
        reason: 'duplicateInFile',
        value: valueOf(parsed, match),
      })
    }
    if (number !== '') numbersInFile.add(number)
    if (update && problems.length === 0) updatedIds.add(match.member.id)
    return {
      parsed,
      action: problems.length > 0 ? 'reject' : update ? 'update' : 'create',
      match,
      problems,
      displayName: nameOf(parsed),
    }
  })
  return { table, mapping, customFields, rows }
}

function valueOf(parsed: ParsedRow, match: Match): string {
  const input = parsed.input
  if (match.basis === 'birthday') return `${input.firstName} ${input.lastName}, ${input.birthday}`
  return input[match.basis]
}

function nameOf({ input }: ParsedRow): string {
  return displayName({
    kind: input.kind,
    title: input.title,
    first_name: input.firstName,
    last_name: input.lastName,
    name_affix: input.nameAffix,
    organisation_name: input.organisationName,
  })
}
