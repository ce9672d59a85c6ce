import type { Content, TableCell } from 'pdfmake/interfaces'
import type { DirectoryData } from '../directoryData.ts'
import type { DirectoryEntry } from '../directoryEntry.ts'
import { directoryText } from '../directoryText.ts'
import { ink, printable } from '../pageSetup.ts'
import {
  headerRow,
  listDocument,
  listPaper,
  noneLine,
  present,
  zebraLayout,
  type ListDocument,
} from './listPage.ts'

interface SectorLine {
  /** The sector's name, or the member's own classification when they have no sector. */
  readonly label: string
  readonly entry: DirectoryEntry
}

/**
 * Members in sector tree order, each under their first sector, then the members without a
 * sector by their classification. Within a sector the order is the A–Z order of the entries.
 */
function sectorLines(data: DirectoryData): SectorLine[] {
  const byId = new Map(data.entries.map((entry) => [entry.id, entry]))
  const lines: SectorLine[] = []
  for (const group of data.sectors) {
    for (const id of group.memberIds) {
      const entry = byId.get(id)
      if (entry?.sectorId === group.id) lines.push({ label: group.name, entry })
    }
  }
  const t = directoryText[data.locale]
  const collator = new Intl.Collator(data.locale === 'de' ? 'de-DE' : 'en-GB')
  const rest = data.entries
    .filter((entry) => entry.sectorId === null)
    .map((entry) => ({
      label: present(entry.classification) ? entry.classification : t.noSector,
      unnamed: !present(entry.classification),
      entry,
    }))
    // Stable sort: members with the same classification keep their A–Z order.
    .sort((a, b) => Number(a.unnamed) - Number(b.unnamed) || collator.compare(a.label, b.label))
  return [...lines, ...rest.map(({ label, entry }) => ({ label, entry }))]
}

/**
 * The list a BNI chapter hands its visitors: who does what, one line each. Only business
 * numbers: a guest list is no place for a private line, even one shared with members.
 */
export function sectorList(data: DirectoryData): ListDocument {
  const t = directoryText[data.locale]
  const lines = sectorLines(data)
  const body: TableCell[][] = [headerRow([t.sector, t.name, t.company, t.phones])]
  let previous: string | null = null
  for (const { label, entry } of lines) {
    const phone = [entry.phoneBusiness, entry.phoneMobile].find(present) ?? ''
    body.push([
      label === previous ? '' : { text: printable(label, 70), bold: true, color: ink.accent },
      { text: printable(entry.name, 70), bold: true },
      printable(entry.company ?? '', 70),
      { text: phone, noWrap: true },
    ])
    previous = label
  }
  const paper = listPaper
  const table: Content =
    lines.length === 0
      ? noneLine(data.locale)
      : {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [paper.fontSize * 16, paper.fontSize * 14, '*', 'auto'],
            body,
          },
          layout: zebraLayout,
        }
  return {
    doc: listDocument(data, t.sectorList, [table], true),
    memberCount: lines.length,
  }
}
