import type {
  Content,
  ContentCanvas,
  ContentText,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces'
import type { Locale } from '../../api/club.ts'
import { formatIban } from '../../api/iban.ts'
import { shortDate } from '../pdf/dates.ts'
import { fill } from '../pdf/fill.ts'
import { renderPdf } from '../pdf/pdfmake.ts'
import type { LetterClub } from './letterClub.ts'
import { letterFont, useLetterFonts } from './letterFonts.ts'
import { letterText } from './letterText.ts'
import { oneLine } from './recipient.ts'

/**
 * DIN 5008 form B on A4, in millimetres from the top left corner of the sheet: the
 * letterhead takes the first 45 mm, the window field of a DL/C6 envelope lies 20 mm from the
 * left and 45 mm from the top (85 × 45 mm: 17.7 mm for the return address above 27.3 mm for
 * the recipient), the information block sits on the right, the text starts 25 mm from the left.
 */
export const din5008 = {
  page: { width: 210, height: 297 },
  left: 25,
  right: 20,
  /** Top margin of continuation pages; the first page's text starts at `subjectTop`. */
  top: 20,
  bottom: 27,
  addressField: { left: 20, top: 45, width: 85, height: 45, remarks: 17.7 },
  /** The text inside the window starts this far in, so a shifted letter still shows it. */
  addressIndent: 5,
  info: { left: 125, top: 50, width: 75 },
  subjectTop: 98.5,
  foldMarks: [105, 210],
  holeMark: 148.5,
} as const

/** Millimetres to PDF points. */
export const pt = (mm: number): number => (mm * 72) / 25.4

export const letterInk = { text: '#1a1a1a', muted: '#5f6368', rule: '#9aa0a6', accent: '#1f4e79' }

/** One letter: the recipient, the lines of the information block, and what it says. */
export interface Letter {
  readonly address: readonly string[]
  /** Label and value, e.g. `Mitgliedsnummer`, `1042`; the date comes first by itself. */
  readonly info: readonly (readonly [string, string])[]
  /** The letter's date, ISO. */
  readonly date: string
  readonly subject: string
  readonly greeting: string
  readonly body: readonly Content[]
}

const fontSize = 10
const lineHeight = 1.2

/**
 * A PDF of one or more letters, each starting on a new page with letterhead, window address
 * and information block. Page numbers are printed when one letter runs over several pages.
 */
export function letterDocument(
  club: LetterClub,
  letters: readonly Letter[],
  locale: Locale,
  title: string,
): TDocumentDefinitions {
  const images: Record<string, string> = {}
  const logo = club.logo
  if (logo !== null && (logo.mime === 'image/png' || logo.mime === 'image/jpeg')) {
    images['logo'] = `data:${logo.mime};base64,${Buffer.from(logo.bytes).toString('base64')}`
  }
  const content: Content[] = letters.map((letter, index) => ({
    stack: letterContent(club, letter, locale, 'logo' in images),
    ...(index === 0 ? {} : { pageBreak: 'before' as const }),
  }))
  return {
    pageSize: 'A4',
    pageMargins: [pt(din5008.left), pt(din5008.top), pt(din5008.right), pt(din5008.bottom)],
    info: { title, author: club.name, creator: 'Kreis', subject: title },
    defaultStyle: { font: letterFont, fontSize, lineHeight, color: letterInk.text },
    images,
    background: () => marks(),
    footer: (page, pages) => footer(club, locale, letters.length === 1 && pages > 1, page, pages),
    content,
  }
}

/** The letters as PDF bytes, with the number of pages. */
export function renderLetters(
  club: LetterClub,
  letters: readonly Letter[],
  locale: Locale,
  title: string,
): Promise<{ bytes: Uint8Array; pages: number }> {
  useLetterFonts()
  return renderPdf(letterDocument(club, letters, locale, title))
}

/** Fold marks at 105 and 210 mm, the longer hole mark at 148.5 mm, on the left edge. */
function marks(): ContentCanvas {
  const line = (y: number, length: number) => ({
    type: 'line' as const,
    x1: pt(4),
    y1: pt(y),
    x2: pt(4 + length),
    y2: pt(y),
    lineWidth: 0.5,
    lineColor: letterInk.rule,
  })
  return {
    canvas: [...din5008.foldMarks.map((y) => line(y, 5)), line(din5008.holeMark, 8)],
    absolutePosition: { x: 0, y: 0 },
  }
}

/** A box of fixed width at a fixed place on the page, outside the flow of the text. */
function placed(x: number, y: number, width: number, stack: Content[]): Content {
  return { absolutePosition: { x: pt(x), y: pt(y) }, columns: [{ width: pt(width), stack }] }
}

function letterContent(
  club: LetterClub,
  letter: Letter,
  locale: Locale,
  withLogo: boolean,
): Content[] {
  const t = letterText[locale]
  const field = din5008.addressField
  const textLeft = field.left + din5008.addressIndent
  const textWidth = field.width - din5008.addressIndent - 2
  // The return address must stay one line above the recipient: a long one is set smaller.
  const sender = oneLine([club.name, ...club.address].join(' · '), 82)
  const senderSize = Math.max(5.5, Math.min(7, 450 / Array.from(sender).length))
  const head: Content[] = [
    placed(din5008.left, 16, withLogo ? 118 : 165, [
      { text: oneLine(club.name, 90), fontSize: 16, bold: true, color: letterInk.accent },
    ]),
    ...(withLogo
      ? [
          placed(150, 10, 40, [
            { image: 'logo', fit: [pt(40), pt(28)], alignment: 'right' as const },
          ]),
        ]
      : []),
    // The return address sits at the foot of the remarks zone, small, in the window.
    placed(textLeft, field.top + field.remarks - 4.2, textWidth, [
      { text: sender, fontSize: senderSize, color: letterInk.muted, lineHeight: 1, noWrap: true },
    ]),
    placed(
      textLeft,
      field.top + field.remarks + 0.8,
      textWidth,
      letter.address.map((line) => ({ text: line, noWrap: true })),
    ),
    placed(din5008.info.left, din5008.info.top, din5008.info.width - 5, [
      {
        table: {
          widths: [pt(27), '*'],
          body: [[t.date, shortDate(letter.date, locale)], ...letter.info].map(([label, value]) => [
            { text: label, fontSize: 8, color: letterInk.muted, margin: [0, 1, 0, 0] },
            { text: value, fontSize: 9 },
          ]),
        },
        layout: 'noBorders',
      },
    ]),
  ]
  return [
    ...head,
    {
      text: letter.subject,
      bold: true,
      margin: [0, pt(din5008.subjectTop - din5008.top), 0, fontSize * 1.6],
    },
    { text: letter.greeting, margin: [0, 0, 0, fontSize * 0.8] },
    ...letter.body,
    closing(club, locale),
  ]
}

function closing(club: LetterClub, locale: Locale): Content {
  const t = letterText[locale]
  const lines: Content[] = [
    { text: t.closing },
    { text: oneLine(club.name, 90), margin: [0, 2, 0, 0] },
  ]
  if (club.signer !== null) {
    lines.push({
      stack: [oneLine(club.signer.name, 90), { text: club.signer.role, color: letterInk.muted }],
      margin: [0, fontSize * 3, 0, 0],
    })
  }
  return { stack: lines, unbreakable: true, margin: [0, fontSize * 1.2, 0, 0] }
}

function footer(
  club: LetterClub,
  locale: Locale,
  numbered: boolean,
  page: number,
  pages: number,
): Content {
  const t = letterText[locale]
  const sender = [oneLine(club.name, 60), ...club.address.map((line) => oneLine(line, 60))]
  const bank: string[] = []
  if (club.iban !== '') {
    if (club.bankName !== '') bank.push(oneLine(club.bankName, 60))
    bank.push(`IBAN ${formatIban(club.iban)}`)
    if (club.bic !== '') bank.push(`BIC ${club.bic}`)
  }
  const other: string[] = []
  if (club.creditorId !== '') other.push(`${t.creditorId} ${club.creditorId}`)
  if (numbered) other.push(fill(t.page, { page, pages }))
  const column = (lines: string[], heading?: string): Content => ({
    stack: [
      ...(heading === undefined || lines.length === 0 ? [] : [{ text: heading, bold: true }]),
      ...lines,
    ],
  })
  return {
    margin: [pt(din5008.left), pt(6), pt(din5008.right), 0],
    fontSize: 7,
    lineHeight: 1.15,
    color: letterInk.muted,
    stack: [
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 0,
            x2: pt(din5008.page.width - din5008.left - din5008.right),
            y2: 0,
            lineWidth: 0.4,
            lineColor: letterInk.rule,
          },
        ],
        margin: [0, 0, 0, 3],
      },
      {
        columns: [column(sender), column(bank, t.bank), column(other)],
        columnGap: pt(5),
      },
    ],
  }
}

export interface TableSpec {
  readonly widths: readonly (number | '*' | 'auto')[]
  readonly header: readonly string[]
  readonly rows: readonly (readonly string[])[]
  /** Lines below a rule: fees, then the total in bold. */
  readonly totals?: readonly (readonly string[])[]
  /** Column indexes set flush right: amounts and dates line up that way. */
  readonly right: readonly number[]
}

/** A table of items for a letter: a ruled header, plain rows, bold totals. */
export function letterTable(spec: TableSpec): Content {
  const right = new Set(spec.right)
  const cell = (text: string, column: number, style: Partial<ContentText> = {}): TableCell => ({
    text,
    alignment: right.has(column) ? 'right' : 'left',
    ...style,
  })
  const totals = spec.totals ?? []
  const heading: Partial<ContentText> = { bold: true, fontSize: 8.5, color: letterInk.muted }
  const body: TableCell[][] = [
    spec.header.map((text, column) => cell(text, column, heading)),
    ...spec.rows.map((row) => row.map((text, column) => cell(text, column))),
    ...totals.map((row, index) =>
      row.map((text, column) => cell(text, column, { bold: index === totals.length - 1 })),
    ),
  ]
  const firstTotal = body.length - totals.length
  const layout: CustomTableLayout = {
    hLineWidth: (line) => (line === 1 || (totals.length > 0 && line === firstTotal) ? 0.6 : 0),
    vLineWidth: () => 0,
    hLineColor: () => letterInk.rule,
    paddingLeft: (column) => (column === 0 ? 0 : 4),
    paddingRight: (column) => (column === spec.widths.length - 1 ? 0 : 4),
    paddingTop: () => 2,
    paddingBottom: () => 2,
  }
  return {
    table: { widths: [...spec.widths], headerRows: 1, dontBreakRows: true, body },
    layout,
    fontSize: 9,
    margin: [0, fontSize * 0.4, 0, fontSize * 0.8],
  }
}

/** A paragraph of the letter body. */
export function paragraph(text: ContentText['text']): Content {
  return { text, margin: [0, 0, 0, fontSize * 0.8] }
}
