import type {
  Content,
  ContentPageReference,
  ContentText,
  ContentTocItem,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces'
import {
  directorySections,
  type DirectoryOptions,
  type DirectorySection,
} from '../../api/directory.ts'
import { formatIban } from '../../api/iban.ts'
import { dayOfYear, longDate, monthName } from '../pdf/dates.ts'
import { fill } from '../pdf/fill.ts'
import { pdfFont } from '../pdf/pdfmake.ts'
import type { DirectoryData } from './directoryData.ts'
import { clubKindText, directoryText, type DirectoryText } from './directoryText.ts'
import { entryAnchor, entryContent, photoKey, type Anchored } from './entryContent.ts'
import { fitLine } from './lists/fitLine.ts'
import {
  confidentialFooter,
  ink,
  pageStyles,
  papers,
  printable,
  runningHeader,
  type Paper,
} from './pageSetup.ts'
import { anniversariesOf, birthdaysOf, type DateLine } from './yearDates.ts'

interface Build {
  readonly data: DirectoryData
  readonly options: DirectoryOptions
  readonly paper: Paper
  readonly t: DirectoryText
}

/** Print photos (JPEG or PNG bytes) by member id; only members whose photo may be printed. */
export type PrintPhotos = ReadonlyMap<number, Uint8Array>

const dataUrl = (mime: string, bytes: Uint8Array) =>
  `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`

/**
 * The directory book as a pdfmake document. Sections follow the fixed order of
 * `directorySections`, each on a new page; the first page is the cover when there is one.
 */
export function directoryDocument(
  data: DirectoryData,
  options: DirectoryOptions,
  photos: PrintPhotos,
): TDocumentDefinitions {
  const paper = papers[options.paper]
  const build: Build = { data, options, paper, t: directoryText[options.locale] }
  const chosen = new Set(options.sections)
  const images: Record<string, string> = {}
  if (chosen.has('cover') && data.club.logo !== null && isPrintable(data.club.logo.mime)) {
    images['logo'] = dataUrl(data.club.logo.mime, data.club.logo.bytes)
  }
  for (const [id, bytes] of photos) {
    images[photoKey(id)] = dataUrl(bytes[0] === 0x89 ? 'image/png' : 'image/jpeg', bytes)
  }

  const letters = new LetterPages()
  const makers: Record<DirectorySection, () => Content[]> = {
    cover: () => cover(build, 'logo' in images),
    contents: () => [{ toc: { title: { text: build.t.contents, style: 'h1' } } }],
    club: () => clubPage(build),
    board: () => board(build),
    members: () => members(build, photos, letters),
    sectorIndex: () => sectorIndex(build),
    dates: () => dates(build),
    formerNames: () => formerNames(build),
  }
  const content: Content[] = []
  // The order is the book's, whatever order (or repetition) the options list them in.
  for (const section of directorySections.filter((name) => chosen.has(name))) {
    const parts = makers[section]()
    const [first, ...rest] = parts
    if (first === undefined) continue
    content.push(content.length === 0 ? first : { stack: [first], pageBreak: 'before' }, ...rest)
  }
  const firstPage = chosen.has('cover') ? 2 : 1
  const title = `${data.club.name} · ${build.t.title}`
  return {
    pageSize: paper.size,
    pageMargins: paper.margins,
    info: { title, author: data.club.name, creator: 'Kreis', subject: build.t.title },
    defaultStyle: { font: pdfFont, fontSize: paper.fontSize, lineHeight: 1.18, color: ink.text },
    styles: pageStyles(paper),
    images,
    header: runningHeader(paper, printable(title, 90), (page) => letters.on(page), firstPage),
    footer: confidentialFooter(paper, options.locale, data.editionDate, firstPage),
    content,
  }
}

/** pdfmake embeds JPEG and PNG; a logo of another kind is left off rather than failing. */
function isPrintable(mime: string): boolean {
  return mime === 'image/jpeg' || mime === 'image/png'
}

const heading = (text: string): ContentTocItem => ({ text, style: 'h1', tocItem: true })

function cover({ data, t, paper, options }: Build, logo: boolean): Content[] {
  const base = paper.fontSize
  const top = paper.size === 'A5' ? 90 : 150
  const kind = clubKindText[options.locale][data.club.kind]
  // "Rotary Club" above "Rotary Club Teststadt" would say the same thing twice.
  const kindLine: Content[] = data.club.name.includes(kind)
    ? []
    : [{ text: kind, alignment: 'center', color: ink.muted, margin: [0, base * 2, 0, 0] }]
  return [
    {
      stack: [
        ...(logo
          ? [{ image: 'logo', fit: [base * 14, base * 10], alignment: 'center' } as Content]
          : []),
        ...kindLine,
        {
          text: printable(data.club.name, 120),
          alignment: 'center',
          fontSize: base * 2.6,
          bold: true,
          color: ink.accent,
          margin: [0, base / 2, 0, base * 2],
        },
        { text: t.title, alignment: 'center', fontSize: base * 1.8 },
        {
          text: fill(t.clubYear, { year: data.clubYear.label }),
          alignment: 'center',
          fontSize: base * 1.3,
          margin: [0, base / 2, 0, 0],
        },
        {
          text: fill(t.edition, { date: longDate(data.editionDate, options.locale) }),
          alignment: 'center',
          color: ink.muted,
          margin: [0, base * 4, 0, 0],
        },
        {
          text: t.confidential,
          alignment: 'center',
          color: ink.muted,
          italics: true,
          margin: [0, base / 2, 0, 0],
        },
      ],
      margin: [0, top, 0, 0],
    },
  ]
}

function pairs(rows: readonly (readonly [string, string])[], paper: Paper): Content {
  return {
    table: {
      widths: [paper.fontSize * 14, '*'],
      body: rows.map(([label, value]) => [{ text: label, style: 'muted' }, value]),
    },
    layout: 'noBorders',
  }
}

function clubPage({ data, t, paper, options }: Build): Content[] {
  const rows: [string, string][] = []
  if (data.club.address.length > 0) rows.push([t.address, data.club.address.join('\n')])
  if (data.club.meetingPlace !== '') rows.push([t.meetingPlace, data.club.meetingPlace])
  if (options.bankDetails && data.club.iban !== '') {
    const account = [data.club.bankName, `IBAN ${formatIban(data.club.iban)}`]
    if (data.club.bic !== '') account.push(`BIC ${data.club.bic}`)
    rows.push([t.bank, account.filter((line) => line !== '').join('\n')])
  }
  rows.push([t.memberCount, String(data.listed)])
  return [
    heading(t.club),
    { text: printable(data.club.name, 120), style: 'h2', margin: [0, 0, 0, paper.fontSize] },
    pairs(rows, paper),
  ]
}

function board({ data, t, paper }: Build): Content[] {
  const title = heading(fill(t.board, { year: data.clubYear.label }))
  if (data.board.length === 0) return [title, { text: t.noBoard, style: 'muted' }]
  return [
    title,
    pairs(
      data.board.map((line) => [line.role, printable(line.name)]),
      paper,
    ),
  ]
}

/** Which letters of the A–Z part each page shows, read from where the layout put the names. */
class LetterPages {
  private readonly names: { node: Anchored; letter: string }[] = []
  private byPage: Map<number, [string, string]> | null = null

  track(node: Anchored, letter: string): void {
    this.names.push({ node, letter })
  }

  /** `M` or `M–N`; empty on pages without members. The layout is done when headers are made. */
  on(page: number): string {
    if (this.byPage === null) {
      this.byPage = new Map()
      for (const { node, letter } of this.names) {
        const at = node.positions?.[0]?.pageNumber
        if (at === undefined) continue
        const seen = this.byPage.get(at)
        this.byPage.set(at, seen === undefined ? [letter, letter] : [seen[0], letter])
      }
    }
    const range = this.byPage.get(page)
    if (range === undefined) return ''
    return range[0] === range[1] ? range[0] : `${range[0]}–${range[1]}`
  }
}

function members(
  { data, t, paper, options }: Build,
  photos: PrintPhotos,
  letters: LetterPages,
): Content[] {
  const title = heading(t.members)
  if (data.entries.length === 0) return [title, { text: t.noMembers, style: 'muted' }]
  const blocks: Content[] = []
  let previous = ''
  for (const entry of data.entries) {
    const letter: ContentText | null =
      entry.letter === previous
        ? null
        : { text: entry.letter, style: 'letter', margin: [0, 0, 0, paper.fontSize * 0.4] }
    previous = entry.letter
    const { block, anchor } = entryContent(
      {
        entry,
        offices: data.offices.get(entry.id) ?? [],
        photo: options.photos && photos.has(entry.id),
        letter,
      },
      paper,
      options.locale,
    )
    letters.track(anchor, entry.letter)
    blocks.push(block)
  }
  return [title, flow(blocks, options.columns, paper)]
}

/**
 * One column, or two that the text snakes through like a newspaper's. Their widths are fixed:
 * pdfmake widens `*` columns to the longest word, so one overlong name would push the whole
 * section off the page; in a fixed column pdfmake breaks such a word instead.
 */
function flow(blocks: Content[], columns: 1 | 2, paper: Paper): Content {
  if (columns === 1) return { stack: blocks }
  const width = textWidth(paper, 2)
  return {
    columns: [
      { stack: blocks, width },
      { text: '', width },
    ],
    columnGap: paper.columnGap,
    snakingColumns: true,
  }
}

/**
 * The page a member is on, as a run of a paragraph. pdfmake lays out a page reference as just
 * such a run (a lone one it wraps into a paragraph itself); its types know it only as a node.
 */
function pageNumberRun(anchor: string): ContentText {
  const run: ContentPageReference & Pick<ContentText, 'color' | 'bold'> = {
    pageReference: anchor,
    color: ink.accent,
    bold: true,
  }
  return run as unknown as ContentText
}

function sectorIndex({ data, t, paper, options }: Build): Content[] {
  const title = heading(t.sectorIndex)
  if (data.sectors.length === 0) return [title, { text: t.noSectors, style: 'muted' }]
  const names = new Map(data.entries.map((entry) => [entry.id, entry.name]))
  // Page numbers point into the A–Z part; a book without it lists the names alone.
  const paged = options.sections.includes('members')
  const lines: Content[] = []
  for (const group of data.sectors) {
    const indent = Math.min(group.depth, 4) * paper.fontSize * 0.8
    // Name and page as one line of text: columns would lay out several times slower, and an
    // index of 5,000 members is mostly such lines. pdfmake resolves a page reference only in
    // the first line of a paragraph, so each member is a paragraph of its own, and a name too
    // long for the line is cut to fit: wrapped, its page would print as "00000".
    // What is left beside the indent, and beside two blanks and up to four bold digits.
    const room = textWidth(paper, options.columns) - indent - paper.fontSize * (1 + 3.5)
    const rows: Content[] = group.memberIds.map((id) => {
      const name = printable(names.get(id) ?? '', 90)
      return {
        text: paged
          ? [
              `${fitLine(name, room, paper.fontSize, paper.fontSize).text}  `,
              pageNumberRun(entryAnchor(id)),
            ]
          : name,
        margin: [indent + paper.fontSize, 0, 0, 0],
      }
    })
    const head: Content = {
      text: `${group.code}  ${printable(group.name, 100)}`,
      bold: true,
      color: group.memberIds.length === 0 ? ink.muted : ink.text,
      margin: [indent, paper.fontSize * 0.5, 0, 1],
    }
    // The heading stays with its first member; longer groups may run on.
    const [first, ...rest] = rows
    lines.push(first === undefined ? head : { stack: [head, first], unbreakable: true }, ...rest)
  }
  return [title, flow(lines, options.columns, paper)]
}

/** pdfmake's page widths, in points. */
const pageWidths: Readonly<Record<Paper['size'], number>> = { A4: 595.28, A5: 419.53 }

/** The width of the book's column of text. */
function textWidth(paper: Paper, columns: 1 | 2): number {
  const text = pageWidths[paper.size] - paper.margins[0] - paper.margins[2]
  return columns === 1 ? text : (text - paper.columnGap) / 2
}

function dateTable(lines: readonly DateLine[], build: Build, kind: 'age' | 'years'): Content {
  const { t, options, paper } = build
  if (lines.length === 0) return { text: t.none, style: 'muted' }
  const body: TableCell[][] = []
  let month = ''
  for (const line of lines) {
    const name = monthName(line.date, options.locale)
    if (name !== month) {
      const cell: TableCell = {
        text: name,
        bold: true,
        colSpan: 3,
        margin: [0, paper.fontSize * 0.4, 0, 0],
      }
      body.push([cell, {}, {}])
      month = name
    }
    body.push([
      dayOfYear(line.date, options.locale),
      printable(line.name, 90),
      line.count === null ? '' : { text: fill(t[kind], { count: line.count }), style: 'muted' },
    ])
  }
  return {
    table: { widths: [paper.fontSize * 5, '*', 'auto'], body, dontBreakRows: true },
    layout: 'noBorders',
  }
}

function dates(build: Build): Content[] {
  const { data, t } = build
  // The days of the club year the book is for: from July to June in a Rotary club.
  return [
    heading(fill(t.dates, { year: data.clubYear.label })),
    { text: t.birthdays, style: 'h2' },
    dateTable(birthdaysOf(data.entries, data.clubYear), build, 'age'),
    { text: t.anniversaries, style: 'h2' },
    dateTable(anniversariesOf(data.entries, data.clubYear), build, 'years'),
  ]
}

function formerNames({ data, t, paper, options }: Build): Content[] {
  const list = (names: readonly string[]): Content =>
    names.length === 0
      ? { text: t.none, style: 'muted' }
      : flow(
          names.map((name) => ({ text: printable(name, 90) })),
          options.columns === 2 || paper.size === 'A4' ? 2 : 1,
          paper,
        )
  return [
    heading(t.formerNames),
    { text: t.honorary, style: 'h2' },
    list(data.honoraryNames),
    { text: t.former, style: 'h2' },
    list(data.formerNames),
  ]
}
