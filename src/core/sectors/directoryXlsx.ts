import type { Locale } from '../../api/club.ts'
import { neutraliseXlsx } from '../members/export/neutralise.ts'
import { writeSheet } from '../members/export/xlsx.ts'
import {
  addHeader,
  addSheet,
  columnWidth,
  xlsxBook,
  type XlsxBook,
} from '../members/export/xlsxBook.ts'
import { directoryText } from './directoryLabels.ts'
import type { Directory, TreeLine } from './directoryRows.ts'

/** Two sheets: the directory, one row per member under a sector, and the tree with its counts. */
export async function writeDirectoryXlsx(
  directory: Directory,
  locale: Locale,
): Promise<Uint8Array> {
  const t = directoryText[locale]
  const book = xlsxBook()
  await writeSheet(book, t.directorySheet, directory.columns, directory.entries, locale)
  writeTree(book, directory.tree, locale)
  return book.finish()
}

function writeTree(book: XlsxBook, tree: readonly TreeLine[], locale: Locale): void {
  const t = directoryText[locale]
  const sheet = addSheet(book, t.treeSheet)
  const name = (line: TreeLine) => (locale === 'de' ? line.sector.nameDe : line.sector.nameEn)
  sheet.columns = [
    { key: 'code', width: 12 },
    { key: 'name', width: columnWidth(t.sector, tree, name) },
    { key: 'level', width: 8 },
    { key: 'active', width: t.activeMembers.length + 2 },
    { key: 'all', width: t.allMembers.length + 2 },
    { key: 'target', width: t.target.length + 2 },
    { key: 'retired', width: t.retired.length + 2 },
  ]
  addHeader(sheet, [
    t.sectorCode,
    t.sector,
    t.level,
    t.activeMembers,
    t.allMembers,
    t.target,
    t.retired,
  ])
  for (const line of tree) {
    const row = sheet.addRow([
      neutraliseXlsx(line.sector.code),
      neutraliseXlsx(name(line)),
      line.sector.depth,
      line.activeMembers,
      line.allMembers,
      line.sector.target ? t.yes : null,
      line.sector.active ? null : t.yes,
    ])
    // The tree shows as indentation, as in the app.
    row.getCell(2).alignment = { indent: line.sector.depth - 1 }
    row.commit()
  }
  sheet.commit()
}
