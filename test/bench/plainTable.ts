import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { addressText, type DirectoryEntry } from '../../src/core/directory/directoryEntry.ts'
import { pdfFont } from '../../src/core/pdf/pdfmake.ts'

/** Every entry's text in a plain two-column table: what pdfmake needs for the text alone. */
export function plainTableDocument(entries: readonly DirectoryEntry[]): TDocumentDefinitions {
  const body = entries.map((entry) => [
    entry.name,
    [
      entry.classification,
      entry.company,
      addressText(entry.businessAddress),
      entry.phoneBusiness,
      entry.phoneMobile,
      entry.emailBusiness,
      addressText(entry.privateAddress),
      entry.phonePrivate,
      entry.emailPrivate,
    ]
      .filter((part) => part !== null && part !== '')
      .join('\n'),
  ])
  return {
    pageSize: 'A5',
    defaultStyle: { font: pdfFont, fontSize: 7.8 },
    content: [{ table: { widths: ['35%', '*'], body, dontBreakRows: true } }],
  }
}
