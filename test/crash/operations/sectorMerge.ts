import { sql, type Kysely } from 'kysely'
import type { Database } from '../../../src/core/db/schema.ts'
import { mergeSectors } from '../../../src/core/sectors/merge.ts'
import { broken, count, crashClock, perTemplate, type CrashOperation } from '../crashOperation.ts'

/** Web design goes into software development: both in the demo club's list of professions. */
const sourceCode = '62.01.1-01'
const targetCode = '62.01.9-01'

async function sectorId(db: Kysely<Database>, code: string): Promise<number> {
  const { id } = await db
    .selectFrom('sector')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow()
  return id
}

const primary = (code: string) => sql<{ n: number }>`select count(*) as n from member
    where sector_id = (select id from sector where code = ${code})`
const further = (code: string) => sql<{ n: number }>`select count(*) as n from member_sector
    where sector_id = (select id from sector where code = ${code})`
const merged = sql<{ n: number }>`select count(*) as n from member_history
    where action = 'sectorMerge'`
const retired = sql<{ n: number }>`select count(*) as n from sector
    where code = ${sourceCode} and active = 0
      and merged_into_id = (select id from sector where code = ${targetCode})`

const expected = perTemplate(async (before) => ({
  moving: await count(before, primary(sourceCode)),
  target: await count(before, primary(targetCode)),
  further: await count(before, further(sourceCode)),
  history: await count(before, merged),
}))

const sectorMerge: CrashOperation = {
  /** Half the club works in web design, and a tenth of the rest has it as a further sector. */
  async prepare(file) {
    const source = await sectorId(file.db, sourceCode)
    await sql`update member set sector_id = ${source} where id % 2 = 0`.execute(file.db)
    await sql`insert or ignore into member_sector (member_id, sector_id)
      select id, ${source} from member where id % 10 = 1`.execute(file.db)
  },

  async run(file) {
    const source = await sectorId(file.db, sourceCode)
    const target = await sectorId(file.db, targetCode)
    await mergeSectors(file.db, source, target, crashClock)
  },

  async check({ db, before }) {
    const want = await expected(before)
    const found = {
      source: await count(db, primary(sourceCode)),
      target: (await count(db, primary(targetCode))) - want.target,
      further: await count(db, further(sourceCode)),
      history: (await count(db, merged)) - want.history,
      retired: await count(db, retired),
    }
    const summary = `${JSON.stringify(found)}, ${want.moving} members to move`
    const { source, target, further: left, history } = found
    if (found.retired === 0 && source === want.moving && left === want.further) {
      return target === 0 && history === 0 ? 'absent' : broken(summary)
    }
    if (found.retired === 1 && source === 0 && left === 0 && target === want.moving) {
      return history === want.moving ? 'complete' : broken(summary)
    }
    return broken(summary)
  },
}

export default sectorMerge
