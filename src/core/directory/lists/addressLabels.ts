import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { Locale } from '../../../api/club.ts'
import type { LabelLayout } from '../../../api/directory.ts'
import { pdfFont } from '../../pdf/pdfmake.ts'
import type { DirectoryData } from '../directoryData.ts'
import type { DirectoryEntry } from '../directoryEntry.ts'
import { directoryText } from '../directoryText.ts'
import { ink, printable } from '../pageSetup.ts'
import { fitLine } from './fitLine.ts'
import { present, type ListDocument } from './listPage.ts'

const mm = (millimetres: number) => (millimetres * 72) / 25.4

interface Sheet {
  readonly rows: number
  /** One label, in points. */
  readonly width: number
  readonly height: number
}

/** A4 sheets without side margins: three labels of 70 mm fill the 210 mm exactly. */
const labelSheets: Record<LabelLayout, Sheet> = {
  '3x7': { rows: 7, width: mm(70), height: mm(42.3) },
  '3x8': { rows: 8, width: mm(70), height: mm(37) },
}
const across = 3
const a4Height = mm(297)

/**
 * Inside each label: printers leave the outer few millimetres of a sheet blank, and the
 * outer labels reach the sheet's edge.
 */
const inset = { left: mm(6), right: mm(3), top: mm(2.5) }
const fontSize = 9.5
const minFontSize = 7.5
const maxLines = 6

/**
 * The lines of one label: name, company (to a business address only), street, town and the
 * country in capitals where it is not the club's. The private address where the member agreed
 * to publish it, else the business address; null when there is neither.
 */
function labelLines(entry: DirectoryEntry, locale: Locale): string[] | null {
  const home = entry.privateAddress.lines.length > 0
  const address = home ? entry.privateAddress : entry.businessAddress
  if (address.lines.length === 0) return null
  const lines = [entry.name]
  // A firm's name on a letter to someone's home would only mislead the postman.
  if (!home && present(entry.company)) lines.push(entry.company)
  lines.push(...address.lines)
  // The destination country in capitals, as the post wants it: `ÖSTERREICH`.
  if (address.country !== null) lines.push(address.country.toLocaleUpperCase(locale))
  return lines.slice(0, maxLines).map((line) => printable(line, 120))
}

function label(lines: readonly string[], sheet: Sheet, index: number): Content {
  const width = sheet.width - inset.left - inset.right
  const onSheet = index % (across * sheet.rows)
  const column = onSheet % across
  const row = Math.floor(onSheet / across)
  // The labels are centred on the sheet: half of the few tenths of a millimetre left over
  // go above the first row.
  const top = (a4Height - sheet.rows * sheet.height) / 2
  return {
    absolutePosition: { x: column * sheet.width + inset.left, y: top + row * sheet.height },
    ...(index > 0 && onSheet === 0 ? { pageBreak: 'before' as const } : {}),
    table: {
      widths: [width],
      // The fixed height leaves out the padding: together they are the label's height.
      heights: [sheet.height - 2 * inset.top],
      body: [
        [
          {
            // One line each, never wrapped: a long name is set smaller rather than broken.
            stack: lines.map((line) => ({
              ...fitLine(line, width, fontSize, minFontSize),
              noWrap: true,
            })),
            verticalAlignment: 'middle',
          },
        ],
      ],
    },
    layout: {
      defaultBorder: false,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => inset.top,
      paddingBottom: () => inset.top,
    },
  }
}

/** Address labels for a mailing; members without any address they may be written to are left off. */
export function addressLabels(data: DirectoryData, layout: LabelLayout): ListDocument {
  const sheet = labelSheets[layout]
  const t = directoryText[data.locale]
  const printed = data.entries
    .map((entry) => labelLines(entry, data.locale))
    .filter((lines): lines is string[] => lines !== null)
  const title = `${data.club.name} · ${t.labels}`
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [0, 0, 0, 0],
    info: { title, author: data.club.name, creator: 'Kreis', subject: t.labels },
    defaultStyle: { font: pdfFont, fontSize, lineHeight: 1.2, color: ink.text },
    content: printed.map((lines, index) => label(lines, sheet, index)),
  }
  return { doc, memberCount: printed.length }
}
