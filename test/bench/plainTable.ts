import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import type { DirectoryData } from '../../src/core/directory/directoryData.ts'
import { entryRuns } from '../../src/core/directory/entryContent.ts'
import { pageStyles, papers } from '../../src/core/directory/pageSetup.ts'
import { pdfFont } from '../../src/core/pdf/pdfmake.ts'

/**
 * The yardstick: every entry's text, run for run as the book prints it, in a plain one-column
 * table on A5 — what pdfmake needs for the text alone, without the book's layout.
 */
export function plainTableDocument(data: DirectoryData): TDocumentDefinitions {
  const paper = papers.a5
  const body = data.entries.map((entry) => [
    { text: entryRuns(entry, data.offices.get(entry.id) ?? [], data.locale) },
  ])
  return {
    pageSize: paper.size,
    pageMargins: paper.margins,
    defaultStyle: { font: pdfFont, fontSize: paper.fontSize, lineHeight: 1.18 },
    styles: pageStyles(paper),
    content: [{ table: { widths: ['*'], body, dontBreakRows: true }, layout: 'noBorders' }],
  }
}
