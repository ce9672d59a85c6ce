import type { Kysely } from 'kysely'
import type { Database } from '../../src/core/db/schema.ts'

/** code, German name, English name, parent code. */
export type SectorRow = readonly [string, string, string, string | null]

/** Two roots; under the first a level-2 sector with two leaves, and a second level-2 sector. */
export const sampleSectors: readonly SectorRow[] = [
  ['M', 'Freie Berufe', 'Professions', null],
  ['M1', 'Rechtsberatung', 'Legal advice', 'M'],
  ['M1.1', 'Arbeitsrecht', 'Employment law', 'M1'],
  ['M1.2', 'Steuerrecht', 'Tax law', 'M1'],
  ['M2', 'Architektur', 'Architecture', 'M'],
  ['G', 'Handel', 'Trade', null],
  ['G1', 'Druckerei', 'Printing', 'G'],
]

/** Writes the rows straight into `sector` (parents first) and answers with a code → id lookup. */
export async function insertSectors(
  db: Kysely<Database>,
  rows: readonly SectorRow[] = sampleSectors,
): Promise<(code: string) => number> {
  const ids = new Map<string, number>()
  const idOf = (code: string) => {
    const id = ids.get(code)
    if (id === undefined) throw new Error(`no sector ${code}`)
    return id
  }
  for (const [index, [code, nameDe, nameEn, parent]] of rows.entries()) {
    const row = await db
      .insertInto('sector')
      .values({
        code,
        name_de: nameDe,
        name_en: nameEn,
        parent_id: parent === null ? null : idOf(parent),
        sort_order: index,
        active: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    ids.set(code, row.id)
  }
  return idOf
}
