import type { ClubKind } from '../../api/club.ts'
import type { AttendanceMeaning } from '../../api/meetings.ts'

export interface DefaultCode {
  readonly meaning: AttendanceMeaning
  readonly key: string
  readonly labelDe: string
  readonly labelEn: string
}

/** Rotary and Lions count make-ups and leaves of absence. */
const serviceClubCodes: readonly DefaultCode[] = [
  { meaning: 'present', key: 'p', labelDe: 'Anwesend', labelEn: 'Present' },
  { meaning: 'absent', key: 'a', labelDe: 'Abwesend', labelEn: 'Absent' },
  { meaning: 'excused', key: 'e', labelDe: 'Entschuldigt', labelEn: 'Excused' },
  { meaning: 'make_up', key: 'm', labelDe: 'Nachgeholt', labelEn: 'Make-up' },
  { meaning: 'leave', key: 'u', labelDe: 'Beurlaubt', labelEn: 'Leave of absence' },
]

/** BNI's PALMS: present, absent, late, medical, substitute. */
const bniCodes: readonly DefaultCode[] = [
  { meaning: 'present', key: 'p', labelDe: 'Anwesend', labelEn: 'Present' },
  { meaning: 'absent', key: 'a', labelDe: 'Abwesend', labelEn: 'Absent' },
  { meaning: 'late', key: 'l', labelDe: 'Verspätet', labelEn: 'Late' },
  { meaning: 'medical', key: 'm', labelDe: 'Krankheit', labelEn: 'Medical' },
  { meaning: 'substitute', key: 's', labelDe: 'Vertretung', labelEn: 'Substitute' },
]

/** Business clubs and associations: a plain roll call with excuses. */
const plainCodes: readonly DefaultCode[] = [
  { meaning: 'present', key: 'p', labelDe: 'Anwesend', labelEn: 'Present' },
  { meaning: 'absent', key: 'a', labelDe: 'Abwesend', labelEn: 'Absent' },
  { meaning: 'excused', key: 'e', labelDe: 'Entschuldigt', labelEn: 'Excused' },
]

export function defaultCodes(kind: ClubKind): readonly DefaultCode[] {
  if (kind === 'bni') return bniCodes
  if (kind === 'rotary' || kind === 'lions') return serviceClubCodes
  return plainCodes
}

/** Referrals are the life of a BNI chapter and common in business clubs and chambers. */
export function referralsByDefault(kind: ClubKind): boolean {
  return kind === 'bni' || kind === 'business_club' || kind === 'chamber'
}
