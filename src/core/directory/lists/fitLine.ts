/**
 * Advance widths of Roboto Regular in em, rounded up by class: enough to tell whether a line
 * fits a label, and on the safe side, since an address line must never wrap or spill.
 */
const narrow = new Set([..."iljfrtI.,:;'!|-()/ "])
const wide = new Set([...'mwMW@'])

function emWidth(text: string): number {
  let width = 0
  for (const char of text) {
    if (narrow.has(char)) width += 0.35
    else if (wide.has(char)) width += 0.9
    else if (char !== char.toLowerCase() || /\d/.test(char)) width += 0.69
    else width += 0.57
  }
  return width
}

export interface FittedLine {
  readonly text: string
  readonly fontSize: number
}

/**
 * The line at `fontSize` if it fits `width` points, else at a smaller size down to
 * `minFontSize`, and cut with an ellipsis only when even that is too wide.
 */
export function fitLine(
  text: string,
  width: number,
  fontSize: number,
  minFontSize: number,
): FittedLine {
  const em = emWidth(text)
  if (em * fontSize <= width) return { text, fontSize }
  if (em * minFontSize <= width) return { text, fontSize: Math.floor((width / em) * 10) / 10 }
  const chars = [...text]
  while (chars.length > 1 && emWidth(`${chars.join('')}…`) * minFontSize > width) chars.pop()
  return { text: `${chars.join('').trimEnd()}…`, fontSize: minFontSize }
}
