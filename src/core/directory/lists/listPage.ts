import type {
  Column,
  Content,
  CustomTableLayout,
  DynamicContent,
  TDocumentDefinitions,
} from 'pdfmake/interfaces'
import type { Locale } from '../../../api/club.ts'
import { shortDate } from '../../pdf/dates.ts'
import { fill } from '../../pdf/fill.ts'
import { pdfFont } from '../../pdf/pdfmake.ts'
import type { DirectoryData } from '../directoryData.ts'
import { directoryText } from '../directoryText.ts'
import {
  confidentialFooter,
  ink,
  pageStyles,
  papers,
  printable,
  runningHeader,
  type Paper,
} from '../pageSetup.ts'

/** The lists are A4 sheets with narrower margins than the book: they are read, not bound. */
export const listPaper: Paper = { ...papers.a4, margins: [42, 52, 42, 44], fontSize: 8.5 }

/** What every list hands to `makeList`: the document and how many members it names. */
export interface ListDocument {
  readonly doc: TDocumentDefinitions
  readonly memberCount: number
}

/** A value worth printing: member fields may be null or empty. */
export const present = (value: string | null): value is string => value !== null && value !== ''

const zebraFill = '#eef1f5'

/** Thin rule under the header row, pale stripes on every other row, no vertical lines. */
export const zebraLayout: CustomTableLayout = {
  hLineWidth: (row, node) => (row === 1 || row === node.table.body.length ? 0.6 : 0),
  hLineColor: () => ink.rule,
  vLineWidth: () => 0,
  fillColor: (row) => (row > 0 && row % 2 === 0 ? zebraFill : null),
  paddingLeft: (column) => (column === 0 ? 3 : 5),
  paddingRight: () => 3,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
}

/** The header row of a list table, repeated on every page the table runs over. */
export function headerRow(labels: readonly string[]): Content[] {
  return labels.map((text) => ({ text, bold: true, color: ink.accent }))
}

/**
 * Edition date and page number without the confidentiality line: for a list that is handed
 * to guests rather than kept among members.
 */
function publicFooter(paper: Paper, locale: Locale, editionDate: string): DynamicContent {
  const t = directoryText[locale]
  return (page, pages) => ({
    margin: [paper.margins[0], paper.margins[3] / 2 - 6, paper.margins[2], 0],
    fontSize: paper.fontSize * 0.78,
    color: ink.muted,
    columns: [
      { text: fill(t.edition, { date: shortDate(editionDate, locale) }), width: '*' },
      { text: fill(t.page, { page, pages }), alignment: 'right', width: 'auto' },
    ],
  })
}

/** What an A4 sheet prints around its content: the member lists and the meeting documents. */
export interface SheetSpec {
  readonly clubName: string
  readonly locale: Locale
  /** The day the document was made, printed in the footer. */
  readonly editionDate: string
  readonly title: string
  /** Lines under the title and the club's name: the meeting, the period, the club's figures. */
  readonly facts?: readonly Content[]
  readonly content: readonly Content[]
  /** A list handed to guests (sector list, sign-in sheet) leaves off the members-only line. */
  readonly forGuests?: boolean
  /** Wide tables (a column per attendance code) go across the sheet. */
  readonly landscape?: boolean
  /** The club's logo as a PNG or JPEG data URL, printed to the right of the title. */
  readonly logo?: string | null
}

/**
 * Title and club name, the logo to their right. Facts sit close under the club's name and are
 * set off from the content below; a sheet without facts keeps the wider gap under the name.
 */
function heading(spec: SheetSpec, paper: Paper, withLogo: boolean): Content[] {
  const facts = spec.facts ?? []
  const titleColumn: Column = {
    width: '*',
    stack: [
      { text: spec.title, style: 'h1', margin: [0, 0, 0, 2] },
      { text: printable(spec.clubName, 120), style: 'muted', fontSize: paper.fontSize * 1.2 },
    ],
  }
  const logoColumn: Column[] = withLogo
    ? [{ width: 'auto', stack: [{ image: 'logo', fit: [110, 48] }] }]
    : []
  const titleBlock = (gap: number): Content => ({
    columns: [titleColumn, ...logoColumn],
    columnGap: 12,
    margin: [0, 0, 0, gap],
  })
  if (facts.length === 0) return [titleBlock(paper.fontSize * 1.5)]
  return [
    titleBlock(paper.fontSize),
    ...facts,
    { text: '', margin: [0, 0, 0, paper.fontSize * 0.8] },
  ]
}

/**
 * An A4 sheet: its title and the club's name on the first page, the club and title as a
 * running header from the second, and the book's footer.
 */
export function sheetDocument(spec: SheetSpec): TDocumentDefinitions {
  const paper = listPaper
  const fullTitle = `${spec.clubName} · ${spec.title}`
  const logo = spec.logo ?? null
  return {
    pageSize: paper.size,
    pageOrientation: spec.landscape === true ? 'landscape' : 'portrait',
    pageMargins: paper.margins,
    info: { title: fullTitle, author: spec.clubName, creator: 'Kreis', subject: spec.title },
    defaultStyle: { font: pdfFont, fontSize: paper.fontSize, lineHeight: 1.15, color: ink.text },
    styles: pageStyles(paper),
    images: logo === null ? {} : { logo },
    header: runningHeader(paper, printable(fullTitle, 110), () => '', 2),
    footer:
      spec.forGuests === true
        ? publicFooter(paper, spec.locale, spec.editionDate)
        : confidentialFooter(paper, spec.locale, spec.editionDate, 1),
    content: [...heading(spec, paper, logo !== null), ...spec.content],
  }
}

/** A member list from the directory's data. `forGuests` leaves off the members-only line. */
export function listDocument(
  data: DirectoryData,
  title: string,
  content: Content[],
  forGuests = false,
): TDocumentDefinitions {
  return sheetDocument({
    clubName: data.club.name,
    locale: data.locale,
    editionDate: data.editionDate,
    title,
    content,
    forGuests,
  })
}

/** The line a list prints when nobody is on it. */
export function noneLine(locale: Locale): Content {
  return { text: directoryText[locale].none, style: 'muted' }
}
