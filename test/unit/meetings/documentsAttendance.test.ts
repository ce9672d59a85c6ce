import { describe, expect, it } from 'vitest'
import type { AttendanceCounts, MemberAttendance } from '../../../src/api/attendance.ts'
import { attendanceCodes } from '../../../src/core/meetings/codes.ts'
import { noCounts } from '../../../src/core/meetings/countKeys.ts'
import {
  attendanceReportDocument,
  makeAttendanceReportPdf,
} from '../../../src/core/meetings/documents/attendanceReportPdf.ts'
import { documentClub } from '../../../src/core/meetings/documents/documentClub.ts'
import { renderPdf } from '../../../src/core/pdf/pdfmake.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { pdfInfo, pdfPages, savePdf } from '../../support/directoryClub.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'
import { addMeeting, addPerson, makeChapter, mark } from '../referrals/referralSupport.ts'

const openClub = useOpenClub()
const tempDir = useTempDir()

const zero: AttendanceCounts = noCounts()

function member(
  id: number,
  name: string,
  fields: Partial<Omit<MemberAttendance, 'member'>>,
): MemberAttendance {
  return {
    member: { id, memberNumber: String(id).padStart(4, '0'), displayName: name },
    counts: zero,
    expected: 10,
    attended: 10,
    percent: 100,
    belowThreshold: false,
    absencesRolling: 0,
    overAbsenceLimit: false,
    ...fields,
  }
}

describe('the attendance report PDF', () => {
  it('marks members below the threshold in bold with the reason in words', async () => {
    const { db } = await openClub()
    await makeChapter(db, 'rotary', 'de')
    const club = { ...(await documentClub(db)), name: 'Rotary Club Teststadt' }
    const report = {
      from: '2026-07-01',
      to: '2026-11-21',
      meetings: 20,
      members: [
        member(1, 'Anna Arndt', {
          counts: { ...zero, present: 17, makeUp: 2, excused: 1 },
          expected: 20,
          attended: 19,
          percent: 95,
        }),
        member(2, 'Bernd Brandt', {
          counts: { ...zero, present: 9, absent: 8, excused: 1, leave: 2 },
          expected: 18,
          attended: 9,
          percent: 50,
          belowThreshold: true,
        }),
      ],
      points: [],
      clubPercent: 73.7,
      thresholdPercent: 60,
      absenceLimit: 3,
    }
    const doc = attendanceReportDocument(report, club, await attendanceCodes(db), '2026-11-21')
    const made = await renderPdf(doc)
    const path = savePdf(made.bytes, tempDir(), 'anwesenheitsbericht', [1], 'meetings')
    const [page = ''] = pdfPages(path, true)
    expect(page).toContain('Anwesenheitsbericht')
    expect(page).toContain('Zeitraum: 01.07.2026 – 21.11.2026')
    expect(page).toContain('Treffen mit Anwesenheitserfassung: 20')
    expect(page).toContain('Präsenz des Clubs: 73,7 % · Schwelle: 60 %')
    expect(page).toMatch(
      /Name\s+Anwesend\s+Abwesend\s+Entschuldigt\s+Nachgeholt\s+Beurlaubt\s+Erwartet\s+Teilgen\.\s+Präsenz\s+Hinweis/,
    )
    expect(page).toMatch(/Anna Arndt\s+17\s+0\s+1\s+2\s+0\s+20\s+19\s+95,0 %\s*\n/)
    expect(page).toMatch(/Bernd Brandt\s+9\s+8\s+1\s+0\s+2\s+18\s+9\s+50,0 %\s+unter Schwelle/)
    expect(page).toMatch(/Gesamt\s+26\s+8\s+2\s+2\s+2\s+38\s+28\s+73,7 %/)
    // Rotary clubs are not measured by BNI's six-month absences.
    expect(page).not.toContain('Abw. 6 Mon.')
    expect(page).toContain('Nur zur persönlichen Verwendung durch Mitglieder')
    // The bold face is in the PDF, not just a colour: the flagged name is set in Roboto Medium.
    const fonts = pdfFontsOf(made.bytes)
    expect(fonts.some((font) => /Roboto-?Medium/i.test(font))).toBe(true)
  })

  it('shows BNI chapters the absences of the last six months and the limit', async () => {
    const { db } = await openClub()
    await makeChapter(db, 'bni', 'en')
    const club = await documentClub(db)
    const report = {
      from: '2026-05-22',
      to: '2026-11-21',
      meetings: 26,
      members: [
        member(1, 'Anna Arndt', {
          counts: { ...zero, present: 24, late: 1, substitute: 1 },
          expected: 25,
          attended: 25,
        }),
        member(2, 'Bernd Brandt', {
          counts: { ...zero, present: 20, absent: 3, medical: 3 },
          expected: 23,
          attended: 20,
          percent: 87,
          absencesRolling: 3,
          overAbsenceLimit: true,
        }),
      ],
      points: [],
      clubPercent: 93.8,
      thresholdPercent: 60,
      absenceLimit: 3,
    }
    const doc = attendanceReportDocument(report, club, await attendanceCodes(db), '2026-11-21')
    const made = await renderPdf(doc)
    const path = savePdf(made.bytes, tempDir(), 'attendance-report-bni', [1], 'meetings')
    expect(pdfInfo(path).size).toContain('841.89 x 595.28')
    const [page = ''] = pdfPages(path, true)
    expect(page).toContain(
      'Club attendance: 93.8% · Threshold: 60% · Limit: 3 absences in 6 months',
    )
    expect(page).toMatch(
      /Name\s+Present\s+Absent\s+Late\s+Medical\s+Substitute\s+Expected\s+Attended\s+Attendance\s+Abs\. 6 mo\.\s+Note/,
    )
    expect(page).toMatch(/Bernd Brandt\s+20\s+3\s+0\s+3\s+0\s+23\s+20\s+87\.0%\s+3\s+limit reached/)
    expect(page).toContain('or 3 or more absences in the 6 months up to 21 Nov 2026')
  })

  it('is made from the club’s roll calls', async () => {
    const { db } = await openClub()
    await makeChapter(db, 'rotary', 'de')
    const anna = await addPerson(db, 'Anna', 'Arndt')
    const bernd = await addPerson(db, 'Bernd', 'Brandt')
    const first = await addMeeting(db, '2026-10-07')
    const second = await addMeeting(db, '2026-10-14')
    await mark(db, first, anna, 'present')
    await mark(db, second, anna, 'present')
    await mark(db, first, bernd, 'absent')
    const made = await makeAttendanceReportPdf(
      db,
      { from: '2026-10-01', to: '2026-10-31' },
      fixedClock,
    )
    const path = savePdf(made.bytes, tempDir(), 'anwesenheitsbericht-club', [], 'meetings')
    const [page = ''] = pdfPages(path, true)
    expect(page).toContain('Präsenz des Clubs: 50,0 %')
    expect(page).toMatch(/Anna Arndt\s+2\s+0\s+0\s+0\s+0\s+2\s+2\s+100,0 %/)
    expect(page).toMatch(/Bernd Brandt\s+0\s+2\s+0\s+0\s+0\s+2\s+0\s+0,0 %\s+unter Schwelle/)
  })
})

/** The base fonts a PDF embeds, read from its font dictionaries. */
function pdfFontsOf(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes).toString('latin1')
  return [...text.matchAll(/\/BaseFont\s*\/([A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[2] ?? '')
}
