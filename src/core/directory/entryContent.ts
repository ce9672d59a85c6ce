import type { Content, ContentAnchor, ContentText } from 'pdfmake/interfaces'
import type { Locale } from '../../api/club.ts'
import { shortDate } from '../pdf/dates.ts'
import { fill } from '../pdf/fill.ts'
import { addressText, type DirectoryEntry } from './directoryEntry.ts'
import { directoryText } from './directoryText.ts'
import { ink, printable, type Paper } from './pageSetup.ts'

/** The id the sector index points its page numbers at. */
export const entryAnchor = (memberId: number) => `member-${memberId}`

export const photoKey = (memberId: number) => `photo-${memberId}`

const joined = (parts: readonly (string | null)[], separator = ' · ') =>
  parts.filter((part): part is string => part !== null && part !== '').join(separator)

export interface EntryParts {
  readonly entry: DirectoryEntry
  readonly offices: readonly string[]
  /** Whether a print photo is in the image dictionary under `photoKey`. */
  readonly photo: boolean
  /** The A–Z letter heading printed above the entry when it is the first of its letter. */
  readonly letter: ContentText | null
}

/**
 * One member's block: name, what they do, how to reach them, and — only where they agreed —
 * private contact, birthday and partner. The block never splits across a page or column.
 */
export function entryContent(
  parts: EntryParts,
  paper: Paper,
  locale: Locale,
  nameNode: ContentAnchor,
): Content {
  const t = directoryText[locale]
  const { entry } = parts
  const lines: Content[] = [nameNode]
  const what = joined([
    entry.classification,
    entry.sector === entry.classification ? null : entry.sector,
  ])
  if (what !== '') lines.push({ text: printable(what), italics: true, color: ink.muted })
  const work = joined([entry.company, entry.position], ', ')
  if (work !== '') lines.push(printable(work))
  if (entry.businessAddress.lines.length > 0)
    lines.push(printable(addressText(entry.businessAddress)))
  const phones = joined([
    entry.phoneBusiness === null ? null : `${t.phone} ${entry.phoneBusiness}`,
    entry.phoneMobile === null ? null : `${t.mobile} ${entry.phoneMobile}`,
  ])
  if (phones !== '') lines.push(phones)
  const online = joined([entry.emailBusiness, entry.website])
  if (online !== '') lines.push(printable(online))
  const personal = joined([
    entry.privateAddress.lines.length > 0 ? addressText(entry.privateAddress) : null,
    entry.phonePrivate === null ? null : `${t.phone} ${entry.phonePrivate}`,
    entry.emailPrivate,
  ])
  if (personal !== '') lines.push(printable(`${t.private}: ${personal}`))
  const life = joined([
    entry.birthday === null ? null : `${t.born} ${shortDate(entry.birthday, locale)}`,
    entry.partner === null ? null : `${t.partner}: ${printable(entry.partner, 80)}`,
  ])
  if (life !== '') lines.push(life)
  if (entry.memberSince !== null) {
    lines.push({
      text: fill(t.memberSince, { date: shortDate(entry.memberSince, locale) }),
      style: 'small',
    })
  }
  if (parts.offices.length > 0) {
    lines.push({ text: parts.offices.join(', '), bold: true, color: ink.accent })
  }
  const body: Content = parts.photo
    ? {
        columns: [
          {
            image: photoKey(entry.id),
            fit: [paper.photoWidth, paper.photoWidth * 1.25],
            width: paper.photoWidth,
          },
          { stack: lines, width: '*' },
        ],
        columnGap: paper.fontSize * 0.8,
      }
    : { stack: lines }
  return {
    stack: parts.letter === null ? [body] : [parts.letter, body],
    unbreakable: true,
    margin: [0, 0, 0, paper.fontSize * 0.9],
  }
}
