import type { Content, TableCell } from 'pdfmake/interfaces'
import type { Locale } from '../../../api/club.ts'
import { dayOfYear, monthName } from '../../pdf/dates.ts'
import { ink, printable } from '../pageSetup.ts'
import type { DateLine } from '../yearDates.ts'
import { listPaper, noneLine, zebraLayout } from './listPage.ts'

/** The columns after the day and the name: what the line is about. */
export type DateCells = (line: DateLine) => TableCell[]

/**
 * A year's days grouped by month. Each month is a table of its own whose heading row repeats
 * when the month runs onto the next page and never stays behind alone at a page's foot.
 */
export function monthTables(
  lines: readonly DateLine[],
  locale: Locale,
  widths: readonly (number | '*' | 'auto')[],
  cells: DateCells,
): Content[] {
  if (lines.length === 0) return [noneLine(locale)]
  const months = new Map<string, DateLine[]>()
  for (const line of lines) {
    const month = line.date.slice(5, 7)
    months.set(month, [...(months.get(month) ?? []), line])
  }
  const columns = 2 + widths.length
  return [...months.values()].map((days) => {
    const first = days[0] as DateLine
    const heading: TableCell[] = [
      {
        text: monthName(first.date, locale),
        bold: true,
        color: ink.accent,
        fontSize: listPaper.fontSize * 1.25,
        colSpan: columns,
      },
      ...Array.from({ length: columns - 1 }, () => ({})),
    ]
    return {
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: [listPaper.fontSize * 5, '*', ...widths],
        body: [
          heading,
          ...days.map((line) => [
            dayOfYear(line.date, locale),
            { text: printable(line.name, 90), bold: true },
            ...cells(line),
          ]),
        ],
      },
      layout: zebraLayout,
      margin: [0, 0, 0, listPaper.fontSize * 1.2],
    }
  })
}
