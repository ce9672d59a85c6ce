import type {
  Content,
  ContentText,
  Size,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces'
import { listPaper, sheetDocument, zebraLayout } from '../../directory/lists/listPage.ts'
import { ink } from '../../directory/pageSetup.ts'
import type { DocumentClub } from './documentClub.ts'

/** The meeting documents are A4 sheets like the member lists: the same paper, type and ink. */
export const meetingPaper = listPaper

export interface PageSpec {
  readonly club: DocumentClub
  readonly title: string
  /** Lines under the title: the meeting, the period, the club's figures. */
  readonly facts: readonly Content[]
  readonly content: readonly Content[]
  /** Wide tables (a column per attendance code) go across the sheet. */
  readonly landscape: boolean
  /** The day the document was made, printed in the footer. */
  readonly editionDate: string
  /** A sign-in sheet goes round the room with the guests: no members-only line then. */
  readonly forGuests: boolean
}

/**
 * A meeting document: the lists' sheet with the club's logo right of the title and the
 * meeting's or the period's facts under it.
 */
export function meetingDocument({ club, ...page }: PageSpec): TDocumentDefinitions {
  return sheetDocument({ ...page, clubName: club.name, locale: club.locale, logo: club.logo })
}

/** A header cell of the reports' tables, figures set flush right over their column. */
export function headCell(text: string, right: boolean): TableCell {
  return { text, bold: true, color: ink.accent, alignment: right ? 'right' : 'left' }
}

/** A figure in a report's table, flush right. */
export function numberCell(value: number, bold = false): ContentText {
  return { text: String(value), alignment: 'right', bold }
}

export interface ReportTable {
  readonly widths: readonly Size[]
  readonly head: readonly TableCell[]
  /** A row per member. */
  readonly rows: readonly TableCell[][]
  readonly total: readonly TableCell[]
  /** Said instead of the table when there are no rows. */
  readonly empty: string
}

/** A report's table: the header on every page, striped rows, the totals last. */
export function reportTable(spec: ReportTable): Content {
  if (spec.rows.length === 0) return { text: spec.empty, style: 'muted' }
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [...spec.widths],
      body: [[...spec.head], ...spec.rows, [...spec.total]],
    },
    layout: zebraLayout,
  }
}
