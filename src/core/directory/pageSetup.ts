import type { ContentText, DynamicContent, Margins, StyleDictionary } from 'pdfmake/interfaces'
import type { Locale } from '../../api/club.ts'
import type { PaperSize } from '../../api/directory.ts'
import { shortDate } from '../pdf/dates.ts'
import { fill } from '../pdf/fill.ts'
import { directoryText } from './directoryText.ts'

/** Sizes that differ between the A5 booklet and the A4 sheet, in points. */
export interface Paper {
  readonly size: 'A4' | 'A5'
  readonly margins: Margins & [number, number, number, number]
  readonly fontSize: number
  readonly photoWidth: number
  readonly columnGap: number
}

export const papers: Record<PaperSize, Paper> = {
  a5: { size: 'A5', margins: [36, 46, 36, 40], fontSize: 7.8, photoWidth: 34, columnGap: 12 },
  a4: { size: 'A4', margins: [54, 60, 54, 50], fontSize: 9, photoWidth: 44, columnGap: 18 },
}

export const ink = { text: '#1a1a1a', muted: '#5f6368', rule: '#b8bcc2', accent: '#1f4e79' }

export function pageStyles(paper: Paper): StyleDictionary {
  const base = paper.fontSize
  return {
    h1: { fontSize: base * 2, bold: true, color: ink.accent, margin: [0, 0, 0, base] },
    h2: { fontSize: base * 1.3, bold: true, color: ink.accent, margin: [0, base, 0, base / 2] },
    h3: { fontSize: base * 1.05, bold: true, margin: [0, base / 2, 0, 2] },
    letter: { fontSize: base * 1.9, bold: true, color: ink.accent },
    name: { fontSize: base * 1.12, bold: true },
    muted: { color: ink.muted },
    small: { fontSize: base * 0.85, color: ink.muted },
  }
}

/**
 * Texts set left, centre and right on one line: all but the last are detached, so they take
 * no room of their own. On a thousand pages, columns in every header and footer cost a second
 * of layout; these cost next to nothing.
 */
function sameLine(parts: readonly ContentText[]): ContentText[] {
  return parts.map((part, index) =>
    index === parts.length - 1 ? part : { ...part, relativePosition: { x: 0, y: 0 } },
  )
}

/** Club name and document title on the left, `extra` (the letters of an A–Z page) right. */
export function runningHeader(
  paper: Paper,
  left: string,
  right: (page: number) => string,
  firstPage: number,
): DynamicContent {
  return (page) => {
    if (page < firstPage) return null
    return {
      margin: [paper.margins[0], paper.margins[1] / 2 - 4, paper.margins[2], 0],
      stack: sameLine([
        { text: left, style: 'small' },
        { text: right(page), bold: true, color: ink.accent, alignment: 'right' },
      ]),
    }
  }
}

/** Edition date, the confidentiality line and the page number on every page but the cover. */
export function confidentialFooter(
  paper: Paper,
  locale: Locale,
  editionDate: string,
  firstPage: number,
): DynamicContent {
  const t = directoryText[locale]
  return (page, pages) => {
    if (page < firstPage) return null
    return {
      margin: [paper.margins[0], paper.margins[3] / 2 - 6, paper.margins[2], 0],
      fontSize: paper.fontSize * 0.78,
      color: ink.muted,
      stack: sameLine([
        { text: fill(t.edition, { date: shortDate(editionDate, locale) }) },
        { text: t.confidential, alignment: 'center' },
        { text: fill(t.page, { page, pages }), alignment: 'right' },
      ]),
    }
  }
}

/**
 * Member data may hold anything: a 500-character name would run out of its column, so text
 * is cut visibly with an ellipsis. pdfmake prints text as text, never as markup.
 */
export function printable(text: string, max = 160): string {
  // By code points, so an emoji or any character outside the BMP is never cut in half.
  const characters = Array.from(text)
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text
}
