import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import pdfmake from 'pdfmake'
import { resourceDir } from '../resources.ts'

/**
 * The family letters are set in: Kreis' Roboto, parsed once per process.
 *
 * pdfkit parses the font files anew for every document, and with them decodes Roboto's
 * kerning tables anew as the text is laid out: two thirds of the time a one-page letter
 * takes. A dunning run writes hundreds of one-letter documents, so the fonts are parsed once
 * and every document gets the parsed fonts. pdfkit takes a font only as bytes, which it hands
 * to fontkit, and fontkit asks each font format it knows whether it reads them. So the bytes
 * pdfmake gets for this family name a font parsed already, and a format of our own, registered
 * with the fontkit pdfkit uses, answers for those names with that font. Nothing else changes:
 * each document still embeds its own subset of the glyphs it uses.
 */
export const letterFont = 'KreisRobotoLetter'

const fontFiles = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-Medium.ttf',
} as const

/** The little of fontkit used here; it ships no types. */
interface Fontkit {
  create(bytes: Uint8Array): object
  registerFormat(format: unknown): void
}

interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void
}

const namePrefix = 'kreis-parsed-font:'
const parsed = new Map<string, object>()

/** The name a stand-in's bytes carry, or '' for the bytes of a real font. */
function nameIn(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, namePrefix.length)).toString('latin1')
  return head === namePrefix ? Buffer.from(bytes).toString('utf8') : ''
}

/** A fontkit format for the stand-ins: fontkit calls it with `new` and gets the parsed font. */
function ParsedFont(stream: { buffer: Uint8Array }): object | undefined {
  return parsed.get(nameIn(stream.buffer))
}
ParsedFont.probe = (bytes: Uint8Array): boolean => parsed.has(nameIn(bytes))

let readyFor: string | null = null

/** Registers the letter family once; later documents find the fonts parsed. */
export function useLetterFonts(fontDir = resourceDir('fonts', fontFiles.normal)): void {
  if (readyFor === fontDir) return
  // The fontkit pdfkit itself loads, from where pdfmake finds pdfkit.
  const fromHere = createRequire(import.meta.url)
  const fromPdfkit = createRequire(createRequire(fromHere.resolve('pdfmake')).resolve('pdfkit'))
  const fontkit = fromPdfkit('fontkit') as Fontkit
  if (readyFor === null) fontkit.registerFormat(ParsedFont)
  const virtualfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs
  const family: Record<string, string> = {}
  for (const [style, file] of Object.entries(fontFiles)) {
    const name = `${namePrefix}${join(fontDir, file)}`
    if (!parsed.has(name)) parsed.set(name, fontkit.create(readFileSync(join(fontDir, file))))
    virtualfs.writeFileSync(name, Buffer.from(name, 'utf8'))
    family[style] = name
  }
  pdfmake.addFonts({ [letterFont]: family })
  readyFor = fontDir
}
