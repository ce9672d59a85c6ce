import { sql } from 'kysely'
import { commitImport } from '../../../src/core/members/import/importMembers.ts'
import { broken, count, crashClock, perTemplate, type CrashOperation } from '../crashOperation.ts'

/** Enough rows that the commit's transaction takes a few hundred milliseconds. */
const rows = 1_500

/**
 * New members only, each with a number of its own (`K00001` …) that no demo member has, so
 * every row is created and the imported members can be told from the others.
 */
function source() {
  const lines = ['Mitgliedsnummer;Vorname;Nachname;E-Mail;Ort;Eintritt']
  for (let i = 1; i <= rows; i++) {
    const n = String(i).padStart(5, '0')
    lines.push(`K${n};Vera;Absturz-${n};vera.${n}@example.org;Musterstadt;01.03.2024`)
  }
  return {
    fileName: 'neue-mitglieder.csv',
    contentBase64: Buffer.from(lines.join('\r\n')).toString('base64'),
  }
}

const members = sql<{ n: number }>`select count(*) as n from member`
const imported = sql<{ n: number }>`select count(*) as n from member where member_number like 'K%'`
const indexed = sql<{ n: number }>`select count(*) as n from member_search`
const history = sql<{ n: number }>`select count(*) as n from member_history`

const expected = perTemplate(async (before) => ({
  members: await count(before, members),
  history: await count(before, history),
}))

const memberImport: CrashOperation = {
  async prepare() {},

  async run(file) {
    const report = await commitImport(
      file.db,
      { source: source(), mapping: null, updateDuplicates: false, skipInvalid: false },
      crashClock,
      'de',
    )
    if (report.created !== rows) throw new Error(`imported ${report.created} of ${rows} rows`)
  },

  async check({ db, before }) {
    const was = await expected(before)
    const found = {
      members: (await count(db, members)) - was.members,
      imported: await count(db, imported),
      indexed: (await count(db, indexed)) - was.members,
      history: (await count(db, history)) - was.history,
    }
    if (Object.values(found).every((n) => n === 0)) return 'absent'
    const whole = Object.values(found).every((n) => n === rows)
    return whole ? 'complete' : broken(`${JSON.stringify(found)} for ${rows} rows`)
  },
}

export default memberImport
