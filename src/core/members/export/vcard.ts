import type { ConsentKind } from '../../../api/members.ts'
import { displayName } from '../displayName.ts'
import type { ExportData, ExportRow } from './selection.ts'

/** RFC 6350 text escaping: backslash, comma, semicolon and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Lines longer than 75 octets are folded: CRLF plus one space, never inside a UTF-8 sequence
 * (RFC 6350 §3.2), so `Müller` survives a fold in any reader.
 */
export function foldLine(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line, 'utf8') <= 75) return line
  const bytes = Buffer.from(line, 'utf8')
  const parts: string[] = []
  let start = 0
  let limit = 75
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length)
    // Step back over continuation bytes (10xxxxxx) so a character is never cut in two.
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1
    parts.push(bytes.subarray(start, end).toString('utf8'))
    start = end
    limit = 74
  }
  return parts.join('\r\n ')
}

const text = (value: string | null) => escapeText(value ?? '')
const given = (value: string | null): value is string => value !== null && value !== ''

/** One VCARD per member; a publication leaves out what the member did not agree to share. */
export function writeVcards(data: ExportData, publication: boolean): Uint8Array {
  const cards = data.members.map((member) => {
    const allowed = (kind: ConsentKind) =>
      !publication || data.consent.get(member.id)?.has(kind) === true
    return vcard(member, allowed).map(foldLine).join('\r\n')
  })
  return Buffer.from(`${cards.join('\r\n')}\r\n`, 'utf8')
}

function vcard(m: ExportRow, allowed: (kind: ConsentKind) => boolean): string[] {
  const person = m.kind === 'person'
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `KIND:${person ? 'individual' : 'org'}`]
  lines.push(`FN:${text(displayName(m))}`)
  if (person) {
    lines.push(`N:${[m.last_name, m.first_name, '', m.title, m.name_affix].map(text).join(';')}`)
  }
  const org = person ? m.company : m.organisation_name
  if (given(org)) lines.push(`ORG:${text(org)}`)
  if (given(m.position)) lines.push(`TITLE:${text(m.position)}`)
  if (given(m.classification)) lines.push(`CATEGORIES:${text(m.classification)}`)
  if (given(m.email_business)) lines.push(`EMAIL;TYPE=work:${text(m.email_business)}`)
  if (given(m.email_private) && allowed('private_email')) {
    lines.push(`EMAIL;TYPE=home:${text(m.email_private)}`)
  }
  if (given(m.phone_business)) lines.push(`TEL;TYPE=work,voice:${text(m.phone_business)}`)
  if (given(m.phone_mobile)) lines.push(`TEL;TYPE=cell:${text(m.phone_mobile)}`)
  if (given(m.phone_private) && allowed('private_phone')) {
    lines.push(`TEL;TYPE=home,voice:${text(m.phone_private)}`)
  }
  const work = address(
    m.business_street,
    m.business_house_number,
    m.business_postcode,
    m.business_town,
    m.business_country,
  )
  if (work !== null) lines.push(`ADR;TYPE=work:${work}`)
  const home = address(
    m.private_street,
    m.private_house_number,
    m.private_postcode,
    m.private_town,
    m.private_country,
  )
  if (home !== null && allowed('private_address')) lines.push(`ADR;TYPE=home:${home}`)
  if (given(m.website)) lines.push(`URL:${text(m.website)}`)
  if (person && given(m.birthday) && allowed('birthday')) {
    lines.push(`BDAY:${m.birthday.replace(/-/g, '')}`)
  }
  if (person && given(m.partner_name) && allowed('partner')) {
    lines.push(`RELATED;TYPE=spouse;VALUE=text:${text(m.partner_name)}`)
  }
  if (m.photo !== null && m.photo_mime !== null && allowed('photo')) {
    lines.push(`PHOTO:data:${m.photo_mime};base64,${Buffer.from(m.photo).toString('base64')}`)
  }
  lines.push(`REV:${m.updated_at.replace(/[-:]/g, '').replace(/\.\d+/, '')}`)
  lines.push('END:VCARD')
  return lines
}

/** ADR: post office box; extended; street and number; town; region; postcode; country. */
function address(
  street: string | null,
  houseNumber: string | null,
  postcode: string | null,
  town: string | null,
  country: string | null,
): string | null {
  if (!given(street) && !given(postcode) && !given(town)) return null
  const line = [street, houseNumber].filter(given).join(' ')
  return ['', '', line, town ?? '', '', postcode ?? '', country ?? ''].map(escapeText).join(';')
}
