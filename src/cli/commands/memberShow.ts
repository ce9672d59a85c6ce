import type { Locale } from '../../api/club.ts'
import { KreisError } from '../../api/errors.ts'
import type { MemberRecord, PostalAddress } from '../../api/members.ts'
import { targetLabel, type BuiltInTarget } from '../../core/members/import/targets.ts'
import { findMemberIdByNumber, getMember } from '../../core/members/memberRead.ts'
import { fieldLabel, valueWord } from '../../core/members/personalDataLabels.ts'
import type { CommandContext } from '../main.ts'
import { cliText } from '../messages.ts'
import { argument, withClub } from './clubFile.ts'
import { table } from './table.ts'

const historyShown = 10

/** `kreis member show <club> <number>`: one member, readable or as JSON. */
export async function runMemberShow(ctx: CommandContext): Promise<number> {
  const number = argument(ctx, 0)
  if (number === undefined) {
    ctx.io.err(cliText(ctx.locale, 'missingNumber'))
    return 2
  }
  const record = await withClub(ctx, async (db) => {
    const id = await findMemberIdByNumber(db, number)
    if (id === null) throw new KreisError('member.notFound')
    return getMember(db, id)
  })
  ctx.io.out(ctx.json ? JSON.stringify(record) : memberText(record, ctx.locale))
  return 0
}

function memberText(m: MemberRecord, locale: Locale): string {
  const label = (key: BuiltInTarget) => targetLabel(key, locale)
  const t = (key: Parameters<typeof cliText>[1]) => cliText(locale, key)
  const date = (iso: string) =>
    locale === 'de' && iso !== '' ? iso.split('-').reverse().join('.') : iso
  const status =
    valueWord(m.status, locale) +
    (m.leaveDate === null
      ? ''
      : ` (${date(m.leaveDate)}${m.leaveReason === null ? '' : `, ${valueWord(m.leaveReason, locale)}`})`)
  const rows: [string, string][] = [
    [label('memberNumber'), m.memberNumber],
    [t('status'), status],
    [label('kind'), valueWord(m.kind, locale)],
    [label('salutation'), m.salutation],
    [label('company'), m.company],
    [label('legalForm'), m.legalForm],
    [label('position'), m.position],
    [label('classification'), m.classification],
    [label('emailBusiness'), m.emailBusiness],
    [label('phoneBusiness'), m.phoneBusiness],
    [label('phoneMobile'), m.phoneMobile],
    [label('website'), m.website],
    [t('address'), address(m.businessAddress)],
    [label('emailPrivate'), m.emailPrivate],
    [label('phonePrivate'), m.phonePrivate],
    [t('privateAddress'), address(m.privateAddress)],
    [label('birthday'), date(m.birthday)],
    [label('partnerName'), m.partnerName],
    [label('joinDate'), date(m.joinDate)],
    [
      t('organisation'),
      m.organisation === null
        ? ''
        : `${m.organisation.displayName} (${m.organisation.memberNumber})`,
    ],
    [t('people'), m.people.map((p) => `${p.displayName} (${p.memberNumber})`).join(', ')],
    [
      t('sponsor'),
      m.sponsor === null ? '' : `${m.sponsor.displayName} (${m.sponsor.memberNumber})`,
    ],
    [
      t('offices'),
      m.offices
        .map(
          (o) => `${o.roleName} ${date(o.startDate)}–${o.endDate === null ? '' : date(o.endDate)}`,
        )
        .join(', '),
    ],
    [label('notes'), m.notes.replace(/\s*\n\s*/g, ' / ')],
  ]
  const consent = Object.entries(m.consent)
    .map(
      ([kind, state]) =>
        `${valueWord(kind, locale)}: ${state.granted ? t('granted') : t('refused')}`,
    )
    .join(', ')
  const history = m.history.slice(0, historyShown).map((h) => {
    const field = h.field === null ? '' : ` ${fieldLabel(h.field, locale, new Map())}`
    const word = (value: string | null) => (value === null ? '–' : valueWord(value, locale))
    const change =
      h.newValue === null && h.oldValue === null
        ? ''
        : `: ${word(h.oldValue)} → ${word(h.newValue)}`
    return `  ${h.at.slice(0, 16).replace('T', ' ')}  ${valueWord(h.action, locale)}${field}${change}`
  })
  return [
    m.displayName,
    table(rows.filter(([, value]) => value !== '')),
    `${t('consent')}: ${consent}`,
    ...(history.length > 0 ? [`${t('history')}:`, ...history] : []),
  ].join('\n')
}

function address(a: PostalAddress): string {
  const street = `${a.street} ${a.houseNumber}`.trim()
  const town = `${a.postcode} ${a.town}`.trim()
  if (street === '' && town === '') return ''
  return [street, town, a.country].filter((part) => part !== '').join(', ')
}
