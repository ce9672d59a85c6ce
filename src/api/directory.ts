import * as v from 'valibot'
import { locales } from './club.ts'
import { memberStatuses } from './members.ts'

/** The parts of the directory book, in the order they are printed; each is optional. */
export const directorySections = [
  'cover',
  'contents',
  'club',
  'board',
  'members',
  'sectorIndex',
  'dates',
  'formerNames',
] as const
export type DirectorySection = (typeof directorySections)[number]

export const paperSizes = ['a4', 'a5'] as const
export type PaperSize = (typeof paperSizes)[number]

/** The club year a book is for: the running one, or the next (printed before it starts). */
export const clubYearChoices = ['current', 'next'] as const
export type ClubYearChoice = (typeof clubYearChoices)[number]

export const DirectoryOptionsSchema = v.strictObject({
  paper: v.picklist(paperSizes),
  columns: v.picklist([1, 2]),
  photos: v.boolean(),
  /** The statuses listed in the A–Z part and the sector index. */
  statuses: v.pipe(v.array(v.picklist(memberStatuses)), v.minLength(1), v.maxLength(5)),
  sections: v.pipe(v.array(v.picklist(directorySections)), v.maxLength(directorySections.length)),
  /** Whether the club page shows the club's bank account. */
  bankDetails: v.boolean(),
  locale: v.picklist(locales),
  /** Options saved before the choice existed meant the running year. */
  clubYear: v.optional(v.picklist(clubYearChoices), 'current'),
})
export type DirectoryOptions = v.InferOutput<typeof DirectoryOptionsSchema>

export function defaultDirectoryOptions(locale: DirectoryOptions['locale']): DirectoryOptions {
  return {
    paper: 'a5',
    columns: 1,
    photos: true,
    statuses: ['active', 'honorary', 'on_leave'],
    sections: [...directorySections],
    bankDetails: false,
    locale,
    clubYear: 'current',
  }
}

/** The shorter printed lists. */
export const listKinds = ['phone', 'birthdays', 'anniversaries', 'sectors', 'labels'] as const
export type ListKind = (typeof listKinds)[number]

/** A4 label sheets: three labels across, seven or eight down (70 × 42.3 mm or 70 × 37 mm). */
export const labelLayouts = ['3x7', '3x8'] as const
export type LabelLayout = (typeof labelLayouts)[number]

export const ListOptionsSchema = v.strictObject({
  kind: v.picklist(listKinds),
  statuses: v.pipe(v.array(v.picklist(memberStatuses)), v.minLength(1), v.maxLength(5)),
  /** The calendar year of the birthday and anniversary lists. */
  year: v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200)),
  labelLayout: v.picklist(labelLayouts),
  locale: v.picklist(locales),
})
export type ListOptions = v.InferOutput<typeof ListOptionsSchema>

export function defaultListOptions(locale: ListOptions['locale'], year: number): ListOptions {
  return {
    kind: 'phone',
    statuses: defaultDirectoryOptions(locale).statuses,
    year,
    labelLayout: '3x7',
    locale,
  }
}

/** The first pages of the book, for a look before the whole of it is made. */
export interface DirectoryPreview {
  readonly pdfBase64: string
  /** Members in the book with these options, of which the preview shows the first few. */
  readonly memberCount: number
}

/** Where a saved document went; null when the user cancelled the save dialog. */
export interface SavedDocument {
  readonly path: string | null
  readonly pages: number
}
