import type { Content, ContentText } from 'pdfmake/interfaces'
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

/** Where the layout placed a node: pdfmake writes it into the node itself. */
export type Anchored = ContentText & {
  readonly id: string
  positions?: { pageNumber: number }[]
}

/**
 * One member's block: name, what they do, how to reach them, and — only where they agreed —
 * private contact, birthday and partner. The block never splits across a page or column.
 * The text is one paragraph of styled runs, not a node per line: a book of 5,000 members
 * lays out in half the time. `anchor` is that paragraph, which the sector index points at.
 */
export function entryContent(
  parts: EntryParts,
  paper: Paper,
  locale: Locale,
): { readonly block: Content; readonly anchor: Anchored } {
  const { entry } = parts
  // The same object goes into the layout, so the positions pdfmake writes land on `anchor`.
  const anchor: Anchored & { width?: '*' } = {
    text: entryRuns(entry, parts.offices, locale),
    id: entryAnchor(entry.id),
  }
  if (parts.photo) anchor.width = '*'
  const body: Content = parts.photo
    ? {
        columns: [
          {
            image: photoKey(entry.id),
            fit: [paper.photoWidth, paper.photoWidth * 1.25],
            width: paper.photoWidth,
          },
          anchor,
        ],
        columnGap: paper.fontSize * 0.8,
      }
    : anchor
  return {
    block: {
      stack: parts.letter === null ? [body] : [parts.letter, body],
      unbreakable: true,
      margin: [0, 0, 0, paper.fontSize * 0.9],
    },
    anchor,
  }
}

/** The text of an entry as styled runs, one line each. */
export function entryRuns(
  entry: DirectoryEntry,
  offices: readonly string[],
  locale: Locale,
): ContentText[] {
  const t = directoryText[locale]
  const runs: ContentText[] = [{ text: printable(entry.name, 120), style: 'name' }]
  const lines: { text: string; style: Omit<ContentText, 'text'> | null }[] = []
  const line = (text: string, style: Omit<ContentText, 'text'> | null = null) =>
    lines.push({ text, style })
  const what = joined([
    entry.classification,
    entry.sector === entry.classification ? null : entry.sector,
  ])
  if (what !== '') line(printable(what), { italics: true, color: ink.muted })
  const work = joined([entry.company, entry.position], ', ')
  if (work !== '') line(printable(work))
  if (entry.businessAddress.lines.length > 0) line(printable(addressText(entry.businessAddress)))
  const phones = joined([
    entry.phoneBusiness === null ? null : `${t.phone} ${entry.phoneBusiness}`,
    entry.phoneMobile === null ? null : `${t.mobile} ${entry.phoneMobile}`,
  ])
  if (phones !== '') line(phones)
  const online = joined([entry.emailBusiness, entry.website])
  if (online !== '') line(printable(online))
  const personal = joined([
    entry.privateAddress.lines.length > 0 ? addressText(entry.privateAddress) : null,
    entry.phonePrivate === null ? null : `${t.phone} ${entry.phonePrivate}`,
    entry.emailPrivate,
  ])
  if (personal !== '') line(printable(`${t.private}: ${personal}`))
  const life = joined([
    entry.birthday === null ? null : `${t.born} ${shortDate(entry.birthday, locale)}`,
    entry.partner === null ? null : `${t.partner}: ${printable(entry.partner, 80)}`,
  ])
  if (life !== '') line(life)
  if (entry.memberSince !== null) {
    line(fill(t.memberSince, { date: shortDate(entry.memberSince, locale) }), { style: 'small' })
  }
  if (offices.length > 0) line(offices.join(', '), { bold: true, color: ink.accent })
  // Plain lines in a row share one run: pdfmake looks up every style property of every run.
  let plain: { text: string } | null = null
  for (const { text, style } of lines) {
    if (style !== null) {
      runs.push({ text: `\n${text}`, ...style })
      plain = null
    } else if (plain !== null) {
      plain.text += `\n${text}`
    } else {
      plain = { text: `\n${text}` }
      runs.push(plain)
    }
  }
  return runs
}
