import type { MemberRow } from '../db/schema.ts'
import { foldAllForSearch, foldForSearch, joinTexts, partTexts } from './fold.ts'

/**
 * The rows of the search index (FTS5 table `member_search`), made from member rows without a
 * database, so that a worker thread makes them too (searchRowsWorker.ts). They leave here as
 * JSON, which crosses into SQLite as one value instead of eight per member (bulkInsert.ts).
 */

/** The member columns the search index is made from. */
export const indexedColumns = [
  'first_name',
  'last_name',
  'name_affix',
  'partner_name',
  'organisation_name',
  'company',
  'classification',
  'business_town',
  'private_town',
  'email_business',
  'email_private',
  'member_number',
  'status',
] as const
export type Indexed = Pick<MemberRow, (typeof indexedColumns)[number]>

/** The search index's columns, in the order of each row's values. */
export const searchColumns = [
  'rowid',
  'names',
  'organisation',
  'classification',
  'town',
  'email',
  'number',
  'state',
] as const

/**
 * The state column's one token, for former members only. It starts with a private-use
 * character, which the tokenizer keeps inside a token but `searchQuery` never produces, so
 * nothing a person types matches it: a search for "c" or "f" once found every member through
 * "current" or "former".
 */
export const formerToken = '\uE000former'

// Parts a member's text into its columns; the fold keeps it as it is.
const apart = '\u0000'
/** The columns `apart` parts a member's text into: names … number. */
const textsPerMember = 6

/** Two texts with a space between, where both are there. */
const spaced = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : `${a} ${b}`

/** A member's texts in the search index, in `searchColumns` order after `rowid`. */
function searchFields(m: Indexed): string[] {
  const names = spaced(spaced(spaced(m.first_name, m.last_name), m.name_affix), m.partner_name)
  return [
    names ?? '',
    spaced(m.organisation_name, m.company) ?? '',
    m.classification ?? '',
    spaced(m.business_town, m.private_town) ?? '',
    spaced(m.email_business, m.email_private) ?? '',
    m.member_number,
  ]
}

/**
 * Each member's search texts as one text, apart by `apart`: one string to fold instead of six.
 * Well-formed, as the driver makes a lone surrogate U+FFFD where JSON would carry it as it is.
 */
function searchTexts(members: readonly Indexed[]): string[] {
  return members.map((m) => searchFields(m).join(apart).toWellFormed())
}

/** A member as the search index takes them: the columns it is made from, and the id. */
export type IndexedMember = Indexed & { readonly id: number }

type SearchRow = (string | number)[]

const row = (id: number, texts: readonly string[], former: boolean): SearchRow => [
  id,
  ...texts,
  former ? formerToken : '',
]

/** A member's row from their folded text; null where a text held `apart` and it parts into more. */
function searchRow(id: number, folded: string, former: boolean): SearchRow | null {
  const texts = folded.split(apart)
  return texts.length === textsPerMember ? row(id, texts, former) : null
}

/** What a thread is given to make members' rows: their texts as one string, ids, who left. */
export interface SearchRowsInput {
  readonly texts: string
  readonly ids: readonly number[]
  /** 1 for a former member, by position. */
  readonly former: Uint8Array
}

export function searchRowsInput(members: readonly IndexedMember[]): SearchRowsInput {
  return {
    texts: joinTexts(searchTexts(members)),
    ids: members.map((m) => m.id),
    former: Uint8Array.from(members, (m) => (m.status === 'former' ? 1 : 0)),
  }
}

/**
 * The rows as JSON, from the texts folded in one go. Null where a text held one of the
 * separators, so that the folded texts no longer part as they were joined: `searchRowsHere`
 * makes the rows then, which is rare enough that a thread need not know which member it was.
 */
export function searchRowsJson(input: SearchRowsInput): string | null {
  const texts = partTexts(foldForSearch(input.texts))
  if (texts.length !== input.ids.length) return null
  const rows: SearchRow[] = []
  for (const [index, text] of texts.entries()) {
    const made = searchRow(input.ids[index] as number, text, input.former[index] === 1)
    if (made === null) return null
    rows.push(made)
  }
  return JSON.stringify(rows)
}

/**
 * The members' rows as JSON, made on this thread; where a member's texts hold `apart`, theirs
 * are folded one by one.
 */
export function searchRowsHere(members: readonly IndexedMember[]): string {
  const folded = foldAllForSearch(searchTexts(members))
  const rows = members.map((m, index) => {
    const former = m.status === 'former'
    return (
      searchRow(m.id, folded[index] as string, former) ??
      row(
        m.id,
        searchFields(m).map((text) => foldForSearch(text.toWellFormed())),
        former,
      )
    )
  })
  return JSON.stringify(rows)
}
