import type {
  Content,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces'
import type { Locale } from '../../api/club.ts'
import { pdfFont, renderPdf, type PdfOptions } from '../pdf/pdfmake.ts'
import type { PersonalData } from './personalData.ts'
import { fill } from '../pdf/fill.ts'
import { fieldLabel, personalDataText, valueWord } from './personalDataLabels.ts'

// Shown by name under "links"; the bare ids mean nothing to a reader.
const linkFields = new Set(['organisationId', 'sponsorId'])

export async function renderPersonalDataPdf(
  data: PersonalData,
  locale: Locale,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  const t = personalDataText[locale]
  const custom = new Map(data.customValues.map((c) => [c.key, c.label]))
  const date = (iso: string | null) => (iso === null ? '' : formatDate(iso, locale))
  const value = (field: string, raw: string | number | null): string => {
    if (raw === null || raw === '') return ''
    if (typeof raw === 'number') return String(raw)
    if (/(Date|birthday|At)$/.test(field) || /^\d{4}-\d{2}-\d{2}(T|$)/.test(raw)) return date(raw)
    return valueWord(raw, locale)
  }
  const record: [string, string][] = Object.entries(data.member)
    .filter(([field]) => !linkFields.has(field))
    .map(([field, raw]): [string, string] => [fieldLabel(field, locale, custom), value(field, raw)])
    .filter(([, text]) => text !== '')
  if (data.photo !== null) {
    const kb = Math.ceil((data.photo.base64.length * 3) / 4 / 1024)
    record.push([
      fieldLabel('photo', locale, custom),
      fill(t.photoStored, { mime: data.photo.mime, kb }),
    ])
  }
  const name = String(data.member['organisationName'] ?? '') || fullName(data.member)

  const content: Content[] = [
    { text: t.title, style: 'title' },
    { text: data.club.name, style: 'club' },
    { text: `${t.generatedAt} ${date(data.generatedAt)} · ${t.member}: ${name}`, style: 'meta' },
    { text: fill(t.intro, { club: data.club.name }), margin: [0, 8, 0, 4] },
    pairs(t.record, record),
    ...(data.customValues.length > 0
      ? [
          pairs(
            t.custom,
            data.customValues.map((c): [string, string] => [c.label, c.value]),
          ),
        ]
      : []),
    pairs(
      t.consent,
      data.consent.map((c): [string, string] => [
        valueWord(c.kind, locale),
        `${c.granted ? t.granted : t.refused}${c.decidedOn === null ? '' : ` (${t.since} ${date(c.decidedOn)})`}`,
      ]),
    ),
    data.offices.length === 0
      ? note(t.offices, t.none)
      : grid(
          t.offices,
          [t.role, t.from, t.until],
          data.offices.map((o) => [o.role, date(o.startDate), date(o.endDate)]),
          ['*', 'auto', 'auto'],
        ),
    links(data, t),
    grid(
      t.history,
      [t.when, t.action, t.field, t.oldValue, t.newValue],
      data.history.map((h) => [
        date(h.at),
        valueWord(h.action, locale) + (h.note === null ? '' : `\n${h.note}`),
        h.field === null ? '' : fieldLabel(h.field, locale, custom),
        h.oldValue === null || h.field === null ? '' : value(h.field, h.oldValue),
        h.newValue === null || h.field === null ? '' : value(h.field, h.newValue),
      ]),
      [62, 'auto', 'auto', '*', '*'],
    ),
  ]
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    info: { title: `${t.title} – ${name}`, author: data.club.name, creator: 'Kreis' },
    defaultStyle: { font: pdfFont, fontSize: 9.5, lineHeight: 1.15 },
    footer: (page, pages) => ({
      text: fill(t.page, { page, pages }),
      alignment: 'center',
      fontSize: 8,
      color: '#666666',
      margin: [0, 24, 0, 0],
    }),
    content,
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      club: { fontSize: 12, margin: [0, 0, 0, 2] },
      meta: { fontSize: 9, color: '#555555' },
      section: { fontSize: 12, bold: true, margin: [0, 12, 0, 2] },
    },
  }
  return (await renderPdf(doc, options)).bytes
}

/**
 * Every section is a table whose first row is its title: as a header row it repeats on the
 * next page and never stays behind alone at the foot of a page.
 */
function titleRow(title: string, columns: number): TableCell[] {
  const cell: TableCell = { text: title, style: 'section', colSpan: columns }
  return [cell, ...Array.from({ length: columns - 1 }, (): TableCell => ({ text: '' }))]
}

function layout(headerRows: number): CustomTableLayout {
  return {
    hLineWidth: (i) => (i < headerRows ? 0 : i === headerRows ? 0.8 : 0.4),
    hLineColor: (i) => (i === headerRows ? '#888888' : '#dddddd'),
    vLineWidth: () => 0,
    paddingLeft: (i) => (i === 0 ? 0 : 6),
    paddingRight: () => 6,
    paddingTop: () => 3,
    paddingBottom: () => 3,
  }
}

function pairs(title: string, rows: readonly [string, string][]): Content {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      widths: [150, '*'],
      body: [
        titleRow(title, 2),
        ...rows.map(([label, text]) => [{ text: label, bold: true }, text]),
      ],
    },
    layout: layout(1),
  }
}

function grid(
  title: string,
  header: readonly string[],
  rows: readonly string[][],
  widths: (string | number)[],
): Content {
  const head = header.map((text): TableCell => ({ text, bold: true, fillColor: '#eeeeee' }))
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      widths,
      body: [titleRow(title, header.length), head, ...rows],
    },
    layout: layout(2),
    fontSize: 8.5,
  }
}

function note(title: string, text: string): Content {
  return { stack: [{ text: title, style: 'section' }, text], unbreakable: true }
}

function links(data: PersonalData, t: (typeof personalDataText)[Locale]): Content {
  const rows: [string, string][] = []
  if (data.organisation !== null) rows.push([t.organisation, refText(data.organisation)])
  if (data.sponsor !== null) rows.push([t.sponsor, refText(data.sponsor)])
  if (data.people.length > 0) rows.push([t.people, data.people.map(refText).join('\n')])
  return rows.length === 0 ? note(t.links, t.none) : pairs(t.links, rows)
}

const refText = (ref: { memberNumber: string; name: string }) => `${ref.name} (${ref.memberNumber})`

function fullName(member: PersonalData['member']): string {
  return ['title', 'firstName', 'lastName', 'nameAffix']
    .map((key) => member[key])
    .filter((part) => part !== null && part !== undefined && part !== '')
    .join(' ')
}

/** `24.12.1970` or `1970-12-24`; timestamps in local time with the time of day. */
function formatDate(iso: string, locale: Locale): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  let [year, month, day] = iso.slice(0, 10).split('-')
  let clock = ''
  if (iso.length > 10) {
    const time = new Date(iso)
    ;[year, month, day] = [
      String(time.getFullYear()),
      pad(time.getMonth() + 1),
      pad(time.getDate()),
    ]
    clock = ` ${pad(time.getHours())}:${pad(time.getMinutes())}`
  }
  return (locale === 'de' ? `${day}.${month}.${year}` : `${year}-${month}-${day}`) + clock
}
