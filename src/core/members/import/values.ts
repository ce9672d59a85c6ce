import type { LeaveReason, MemberKind, MemberStatus } from '../../../api/members.ts'
import { normaliseHeader } from './mapping.ts'

/**
 * Dates as clubs type them: `24.12.1970`, `1.2.70`, `1970-12-24`; XLSX date cells arrive as ISO
 * already. Two-digit years up to this year's are this century, the rest the last one, which
 * suits both birthdays and join dates. Returns null for anything else.
 */
export function parseDate(text: string, today: Date): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text)
  if (iso !== null) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const german = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})$/.exec(text)
  if (german === null) return null
  let year = Number(german[3])
  if (german[3]?.length === 2) {
    const century = Math.floor(today.getUTCFullYear() / 100) * 100
    year += year <= today.getUTCFullYear() % 100 ? century : century - 100
  }
  return isoOf(year, Number(german[2]), Number(german[1]))
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isoOf(year: number, month: number, day: number): string | null {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  const days = month === 2 && leap ? 29 : (monthDays[month - 1] ?? 0)
  if (year < 1 || day < 1 || day > days) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const countries: Readonly<Record<string, string>> = {
  deutschland: 'DE',
  germany: 'DE',
  d: 'DE',
  brd: 'DE',
  bundesrepublikdeutschland: 'DE',
  oesterreich: 'AT',
  osterreich: 'AT',
  austria: 'AT',
  a: 'AT',
  schweiz: 'CH',
  switzerland: 'CH',
  suisse: 'CH',
  svizzera: 'CH',
  liechtenstein: 'LI',
  fl: 'LI',
  luxemburg: 'LU',
  luxembourg: 'LU',
  l: 'LU',
  niederlande: 'NL',
  netherlands: 'NL',
  holland: 'NL',
  belgien: 'BE',
  belgium: 'BE',
  frankreich: 'FR',
  france: 'FR',
  italien: 'IT',
  italy: 'IT',
  spanien: 'ES',
  spain: 'ES',
  polen: 'PL',
  poland: 'PL',
  tschechien: 'CZ',
  czechia: 'CZ',
  czechrepublic: 'CZ',
  daenemark: 'DK',
  denmark: 'DK',
  schweden: 'SE',
  sweden: 'SE',
  norwegen: 'NO',
  norway: 'NO',
  finnland: 'FI',
  finland: 'FI',
  portugal: 'PT',
  irland: 'IE',
  ireland: 'IE',
  ungarn: 'HU',
  hungary: 'HU',
  slowakei: 'SK',
  slovakia: 'SK',
  slowenien: 'SI',
  slovenia: 'SI',
  kroatien: 'HR',
  croatia: 'HR',
  griechenland: 'GR',
  greece: 'GR',
  tuerkei: 'TR',
  turkey: 'TR',
  grossbritannien: 'GB',
  vereinigteskoenigreich: 'GB',
  unitedkingdom: 'GB',
  uk: 'GB',
  england: 'GB',
  greatbritain: 'GB',
  usa: 'US',
  vereinigtestaaten: 'US',
  unitedstates: 'US',
  kanada: 'CA',
  canada: 'CA',
}

/** An ISO 3166 code from a code or a German or English country name; null if unknown. */
export function parseCountry(text: string): string | null {
  if (/^[A-Za-z]{2}$/.test(text)) return text.toUpperCase()
  return countries[normaliseHeader(text)] ?? null
}

export interface StatusValue {
  readonly status: MemberStatus
  readonly leaveReason: LeaveReason | null
}

const statuses = new Map<string, StatusValue>()
const statusWords: ReadonlyArray<[MemberStatus, LeaveReason | null, readonly string[]]> = [
  ['active', null, ['aktiv', 'active', 'mitglied', 'member', 'ordentlichesmitglied']],
  ['honorary', null, ['ehrenmitglied', 'honorary', 'honorarymember', 'ehrenhalber']],
  ['on_leave', null, ['ruhend', 'beurlaubt', 'onleave', 'leave', 'passiv', 'inactive', 'inaktiv']],
  ['former', null, ['ausgetreten', 'former', 'ehemalig', 'ehemaliges', 'ehemaligesmitglied']],
  ['former', 'resigned', ['gekuendigt', 'resigned']],
  ['former', 'deceased', ['verstorben', 'deceased', 'gestorben']],
  ['former', 'excluded', ['ausgeschlossen', 'excluded', 'expelled']],
  ['former', 'transferred', ['uebergetreten', 'gewechselt', 'transferred']],
  [
    'prospect',
    null,
    [
      'interessent',
      'interessentin',
      'prospect',
      'gast',
      'guest',
      'aspirant',
      'anwaerter',
      'kandidat',
      'candidate',
    ],
  ],
]
for (const [status, leaveReason, words] of statusWords) {
  for (const word of words) statuses.set(word, { status, leaveReason })
}

export function parseStatus(text: string): StatusValue | null {
  return statuses.get(normaliseHeader(text)) ?? null
}

const kinds: Readonly<Record<string, MemberKind>> = {
  person: 'person',
  p: 'person',
  privatperson: 'person',
  natuerlicheperson: 'person',
  individual: 'person',
  organisation: 'organisation',
  organization: 'organisation',
  o: 'organisation',
  firma: 'organisation',
  unternehmen: 'organisation',
  company: 'organisation',
  juristischeperson: 'organisation',
  mitgliedsfirma: 'organisation',
}

export function parseKind(text: string): MemberKind | null {
  return kinds[normaliseHeader(text)] ?? null
}

const yes = new Set(['ja', 'j', 'yes', 'y', 'x', 'true', 'wahr', '1'])
const no = new Set(['nein', 'n', 'no', 'false', 'falsch', '0'])

export function parseBoolean(text: string): boolean | null {
  const word = normaliseHeader(text)
  if (yes.has(word)) return true
  return no.has(word) ? false : null
}

/** `1.234,5` and `1234.5` both count; German thousands dots go when a comma is present. */
export function parseNumber(text: string): number | null {
  const plain = text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text
  const value = Number(plain.replace(/\s/g, ''))
  return plain.trim() !== '' && Number.isFinite(value) ? value : null
}

/** `Hauptstraße 12a` → street and number, for files that keep both in one column. */
export function splitStreet(text: string): { street: string; houseNumber: string } | null {
  const match = /^(.*\D)\s+(\d+\s*[a-zA-Z]?(?:\s*[-/]\s*\d+\s*[a-zA-Z]?)?)$/.exec(text)
  if (match === null) return null
  return { street: (match[1] ?? '').replace(/,$/, '').trim(), houseNumber: match[2] ?? '' }
}
