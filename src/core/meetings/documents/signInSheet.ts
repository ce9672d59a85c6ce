import type { Kysely } from 'kysely'
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces'
import type { Locale } from '../../../api/club.ts'
import type { Meeting } from '../../../api/meetings.ts'
import { localToday, type Clock } from '../../clock.ts'
import { idList } from '../../db/idList.ts'
import type { Database } from '../../db/schema.ts'
import { headerRow } from '../../directory/lists/listPage.ts'
import { ink, printable } from '../../directory/pageSetup.ts'
import { shortDate } from '../../pdf/dates.ts'
import { fill } from '../../pdf/fill.ts'
import { renderPdf, type PdfOptions } from '../../pdf/pdfmake.ts'
import { rollCall } from '../rollCall.ts'
import { documentClub } from './documentClub.ts'
import { meetingDocument, meetingPaper } from './documentPage.ts'
import { refuseCancelled } from '../meetingRows.ts'
import { meetingText } from '../meetingText.ts'
import { documentText, meetingDay } from './documentText.ts'

type Text = (typeof documentText)[Locale]

/** Empty rows for the guests who sign in. */
export const guestRows = 10

interface SheetMember {
  readonly surname: string
  readonly forenames: string
  readonly company: string
  readonly onLeave: boolean
}

/** Rules to sign on: a line under every row and between the columns, the header in the accent. */
const signLayout: CustomTableLayout = {
  hLineWidth: (row) => (row === 1 ? 0.8 : 0.4),
  hLineColor: (row) => (row === 1 ? ink.accent : ink.rule),
  vLineWidth: (column, node) => (column === 0 || column === node.table.widths?.length ? 0 : 0.4),
  vLineColor: () => ink.rule,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  // Room for a signature: about 7 mm a row.
  paddingTop: (row) => (row === 0 ? 3 : 6),
  paddingBottom: (row) => (row === 0 ? 3 : 6),
}

async function sheetMembers(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, Omit<SheetMember, 'onLeave'>>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('member')
    .select([
      'id',
      'kind',
      'title',
      'first_name',
      'last_name',
      'name_affix',
      'organisation_name',
      'company',
      'classification',
    ])
    .where('id', 'in', idList(ids))
    .execute()
  const text = (...parts: (string | null)[]) =>
    parts.filter((part) => part !== null && part !== '').join(' ')
  return new Map(
    rows.map((row) => [
      row.id,
      {
        // Sorted by surname, so the surname comes first: easy to find on a long list.
        surname:
          row.kind === 'organisation'
            ? (row.organisation_name ?? '')
            : text(row.last_name, row.name_affix),
        forenames: row.kind === 'organisation' ? '' : text(row.title, row.first_name),
        company: [row.company, row.classification]
          .filter((part) => part !== null && part !== '')
          .join(' · '),
      },
    ]),
  )
}

function meetingFacts(meeting: Meeting, locale: Locale, t: Text): Content[] {
  const time =
    meeting.endTime === ''
      ? fill(t.time, { start: meeting.startTime })
      : fill(t.timeRange, { start: meeting.startTime, end: meeting.endTime })
  const words = meetingText[locale]
  const facts: [string, string][] = [
    [t.type, words.types[meeting.type]],
    [t.place, meeting.place],
    [t.partnerClub, meeting.partnerClub],
    [words.topic, meeting.topic],
    [words.speaker, meeting.speaker],
  ]
  return [
    {
      text: `${meetingDay(meeting.date, locale)} · ${time}`,
      bold: true,
      fontSize: meetingPaper.fontSize * 1.3,
      margin: [0, 0, 0, 4],
    },
    {
      table: {
        widths: ['auto', '*'],
        body: facts
          .filter(([, value]) => value !== '')
          .map(([label, value]) => [
            { text: label, color: ink.muted, noWrap: true },
            { text: printable(value, 300) },
          ]),
      },
      layout: 'noBorders',
    },
  ]
}

function membersTable(members: readonly SheetMember[], t: Text): Content {
  if (members.length === 0) return { text: t.noMembers, style: 'muted' }
  const withCompany = members.some((member) => member.company !== '')
  const name = (member: SheetMember): TableCell => ({
    text: [
      { text: printable(member.surname, 60), bold: true },
      member.forenames === '' ? '' : `, ${printable(member.forenames, 60)}`,
      member.onLeave ? { text: ` (${t.onLeave})`, color: ink.muted } : '',
    ],
  })
  const body: TableCell[][] = members.map((member, index) => [
    { text: String(index + 1), alignment: 'right', color: ink.muted },
    name(member),
    ...(withCompany
      ? [{ text: printable(member.company, 70), color: ink.muted, fontSize: 7.5 }]
      : []),
    '',
  ])
  const header = withCompany
    ? [t.number, t.name, t.companyOrClassification, t.signature]
    : [t.number, t.name, t.signature]
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: withCompany ? [18, 150, 130, '*'] : [18, 190, '*'],
      body: [headerRow(header), ...body],
    },
    layout: signLayout,
  }
}

/** Ten rows and their heading: kept together on one page rather than split three to seven. */
function guestsTable(t: Text): Content {
  const empty = (): TableCell[] => ['', '', '', '']
  return {
    unbreakable: true,
    stack: [
      { text: t.guests, style: 'h2' },
      {
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: [130, 120, 100, '*'],
          body: [
            headerRow([t.name, t.company, t.invitedBy, t.signature]),
            ...Array.from({ length: guestRows }, empty),
          ],
        },
        layout: signLayout,
      },
    ],
  }
}

/**
 * The sheet that goes round the room: the meeting, the members expected at it in the order
 * of the roll call (DIN 5007-2 in German clubs) with room to sign, and empty rows for guests.
 */
export async function makeSignInSheet(
  db: Kysely<Database>,
  meetingId: number,
  clock: Clock,
  pdf: PdfOptions = {},
): Promise<{ bytes: Uint8Array; pages: number }> {
  const club = await documentClub(db)
  const t = documentText[club.locale]
  const call = await rollCall(db, { meetingId, includeOthers: false }, clock)
  await refuseCancelled(db, call.meeting)
  const expected = call.rows.filter((row) => row.expected)
  const details = await sheetMembers(
    db,
    expected.map((row) => row.member.id),
  )
  const members = expected.map((row): SheetMember => ({
    ...(details.get(row.member.id) ?? {
      surname: row.member.displayName,
      forenames: '',
      company: '',
    }),
    onLeave: row.onLeave,
  }))
  const doc = meetingDocument({
    club,
    title: `${t.signInSheet} ${shortDate(call.meeting.date, club.locale)}`,
    facts: meetingFacts(call.meeting, club.locale, t),
    content: [
      { text: t.members, style: 'h2', margin: [0, 0, 0, 4] },
      membersTable(members, t),
      guestsTable(t),
    ],
    landscape: false,
    editionDate: localToday(clock),
    forGuests: true,
  })
  return renderPdf(doc, pdf)
}
