import { fill } from '../../pdf/fill.ts'
import type { DirectoryData } from '../directoryData.ts'
import { directoryText } from '../directoryText.ts'
import { ink } from '../pageSetup.ts'
import { birthdaysOf, calendarYear } from '../yearDates.ts'
import { listDocument, type ListDocument } from './listPage.ts'
import { monthTables } from './monthTables.ts'

/**
 * The birthdays of `year` of the members who allowed theirs to be published, by month, with
 * the age named for round birthdays only.
 */
export function birthdayList(data: DirectoryData, year: number): ListDocument {
  const t = directoryText[data.locale]
  const lines = birthdaysOf(data.entries, calendarYear(year))
  const tables = monthTables(lines, data.locale, [90], (line) => [
    line.count === null
      ? ''
      : { text: fill(t.age, { count: line.count }), color: ink.accent, alignment: 'right' },
  ])
  return {
    doc: listDocument(data, fill(t.birthdayList, { year }), tables),
    memberCount: lines.length,
  }
}
