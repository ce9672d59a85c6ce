import type { Kysely } from 'kysely'
import type { MemberStatus } from '../../src/api/members.ts'
import type { Database } from '../../src/core/db/schema.ts'
import { createMember } from '../../src/core/members/memberWrite.ts'
import { loadTaxonomy } from '../../src/core/sectors/taxonomy.ts'
import { useOpenClub } from './clubFiles.ts'
import { person } from './members.ts'
import { insertSectors } from './sectorRows.ts'
import { fixedClock } from './temp.ts'

export interface SectorClub {
  readonly db: Kysely<Database>
  /** The id of the sector with this code as the club has it now; throws for an unknown one. */
  readonly id: (code: string) => Promise<number>
  /** Adds a member as an import would, past the classification policy. */
  readonly add: (member: TestMember) => Promise<number>
}

/** A club with the sample sectors, which tests name often enough to want their ids at hand. */
export interface SampleClub extends SectorClub {
  readonly sector: (code: string) => number
}

export interface TestMember {
  /** The code of the member's primary sector. */
  readonly sector: string | null
  readonly status?: MemberStatus
  readonly lastName?: string
  readonly joinDate?: string | null
  readonly leaveDate?: string | null
  /** Codes of further sectors. */
  readonly secondary?: readonly string[]
}

/** A club file with the full WZ 2008 tree, closed after the test. */
export function useWzClub(): () => Promise<SectorClub> {
  const openClub = useOpenClub()
  return async () => {
    const { db } = await openClub()
    await loadTaxonomy(db, 'wz2008')
    return sectorClub(db)
  }
}

/** A club file with the sample sectors of `sectorRows.ts`, closed after the test. */
export function useSampleClub(): () => Promise<SampleClub> {
  const openClub = useOpenClub()
  return async () => {
    const { db } = await openClub()
    const sector = await insertSectors(db)
    return { ...sectorClub(db), sector }
  }
}

export function sectorClub(db: Kysely<Database>): SectorClub {
  const id = async (code: string) => {
    const row = await db
      .selectFrom('sector')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirst()
    if (row === undefined) throw new Error(`no sector ${code}`)
    return row.id
  }
  const add = async (member: TestMember) => {
    const sectorId = member.sector === null ? null : await id(member.sector)
    const memberId = await createMember(
      db,
      person({ lastName: member.lastName ?? 'Mustermann', sectorId }),
      'active',
      fixedClock,
    )
    await db
      .updateTable('member')
      .set({
        status: member.status ?? 'active',
        join_date: member.joinDate === undefined ? '2015-03-01' : member.joinDate,
        leave_date: member.leaveDate ?? null,
      })
      .where('id', '=', memberId)
      .execute()
    for (const code of member.secondary ?? []) {
      await db
        .insertInto('member_sector')
        .values({ member_id: memberId, sector_id: await id(code) })
        .execute()
    }
    return memberId
  }
  return { db, id, add }
}
