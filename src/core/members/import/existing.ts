import type { Kysely } from 'kysely'
import type { MemberInput, MemberKind } from '../../../api/members.ts'
import type { Database } from '../../db/schema.ts'
import { foldForSearch } from '../fold.ts'

export interface ExistingMember {
  readonly id: number
  readonly memberNumber: string
  readonly kind: MemberKind
}

export type MatchBasis = 'memberNumber' | 'emailBusiness' | 'emailPrivate' | 'birthday'

export interface Match {
  readonly member: ExistingMember
  readonly basis: MatchBasis
}

/**
 * The club's members keyed the three ways an import row can meet them. Loaded once, so
 * matching 100,000 rows costs 100,000 map look-ups instead of as many queries.
 */
export class ExistingMembers {
  readonly #byNumber = new Map<string, ExistingMember>()
  readonly #byEmail = new Map<string, ExistingMember>()
  readonly #byNameAndBirthday = new Map<string, ExistingMember>()

  static async load(db: Kysely<Database>): Promise<ExistingMembers> {
    const rows = await db
      .selectFrom('member')
      .select(['id', 'member_number', 'kind', 'email_business', 'email_private'])
      .select(['first_name', 'last_name', 'birthday'])
      .orderBy('id')
      .execute()
    const index = new ExistingMembers()
    for (const row of rows) {
      const member = { id: row.id, memberNumber: row.member_number, kind: row.kind }
      index.#byNumber.set(row.member_number, member)
      for (const email of [row.email_business, row.email_private]) {
        if (email !== null && email !== '' && !index.#byEmail.has(email.toLowerCase())) {
          index.#byEmail.set(email.toLowerCase(), member)
        }
      }
      const key = nameKey(row.last_name, row.first_name, row.birthday)
      if (key !== null && !index.#byNameAndBirthday.has(key))
        index.#byNameAndBirthday.set(key, member)
    }
    return index
  }

  hasNumber(memberNumber: string): boolean {
    return this.#byNumber.has(memberNumber)
  }

  /**
   * A member number identifies: a row that names one is that member or nobody. Without one,
   * the business or private e-mail decides, and last resort the full name with the birthday.
   */
  match(input: MemberInput): Match | null {
    if (input.memberNumber !== '') {
      const member = this.#byNumber.get(input.memberNumber)
      return member === undefined ? null : { member, basis: 'memberNumber' }
    }
    for (const basis of ['emailBusiness', 'emailPrivate'] as const) {
      const email = input[basis]
      const member = email === '' ? undefined : this.#byEmail.get(email.toLowerCase())
      if (member !== undefined) return { member, basis }
    }
    const key = nameKey(input.lastName, input.firstName, input.birthday)
    const member = key === null ? undefined : this.#byNameAndBirthday.get(key)
    return member === undefined ? null : { member, basis: 'birthday' }
  }
}

function nameKey(
  last: string | null,
  first: string | null,
  birthday: string | null,
): string | null {
  if (last === null || last === '' || birthday === null || birthday === '') return null
  return `${foldForSearch(last)}\u0000${foldForSearch(first ?? '')}\u0000${birthday}`
}
