import { shortDate } from '../../pdf/dates.ts'
import { fill } from '../../pdf/fill.ts'
import type { DirectoryData } from '../directoryData.ts'
import { directoryText } from '../directoryText.ts'
import { ink } from '../pageSetup.ts'
import { anniversariesOf, calendarYear } from '../yearDates.ts'
import { listDocument, listPaper, type ListDocument } from './listPage.ts'
import { monthTables } from './monthTables.ts'

/** Members completing 5, 10, 15 … years of membership in `year`, by month. */
export function anniversaryList(data: DirectoryData, year: number): ListDocument {
  const t = directoryText[data.locale]
  const lines = anniversariesOf(data.entries, calendarYear(year))
  const since = new Map(data.entries.map((entry) => [entry.id, entry.memberSince]))
  const tables = monthTables(
    lines,
    data.locale,
    [listPaper.fontSize * 16, listPaper.fontSize * 8],
    (line) => {
      const joined = since.get(line.memberId)
      return [
        joined === null || joined === undefined
          ? ''
          : {
              text: fill(t.memberSince, { date: shortDate(joined, data.locale) }),
              color: ink.muted,
            },
        { text: fill(t.years, { count: line.count ?? 0 }), color: ink.accent, alignment: 'right' },
      ]
    },
  )
  return {
    doc: listDocument(data, fill(t.anniversaryList, { year }), tables),
    memberCount: lines.length,
  }
}
