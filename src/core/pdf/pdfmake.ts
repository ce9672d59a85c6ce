import { join, resolve, sep } from 'node:path'
import pdfmake from 'pdfmake'
import type { TDocumentDefinitions } from 'pdfmake/interfaces'
import { resourceDir } from '../resources.ts'

export interface PdfOptions {
  /** Where Roboto lives; the packaged app passes its resources folder. */
  readonly fontDir?: string
}

const fontFile = 'Roboto-Regular.ttf'

/** The font family every Kreis PDF is set in: Roboto, embedded, with Latin Extended. */
export const pdfFont = 'KreisRoboto'

let registeredDir: string | null = null

/**
 * pdfmake is one shared object: fonts go in under a family name of our own, and it may fetch
 * nothing from the network and read local files only from the fonts folder.
 */
function registerFonts(fontDir: string): void {
  if (registeredDir === fontDir) return
  const font = (file: string) => join(fontDir, file)
  const bold = font('Roboto-Medium.ttf')
  pdfmake.addFonts({
    [pdfFont]: {
      normal: font(fontFile),
      bold,
      italics: font('Roboto-Italic.ttf'),
      bolditalics: bold,
    },
  })
  const allowed = resolve(fontDir) + sep
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(allowed))
  registeredDir = fontDir
}

/** Lays out and writes a document; the page count comes from the layout itself. */
export async function renderPdf(
  doc: TDocumentDefinitions,
  options: PdfOptions = {},
): Promise<{ bytes: Uint8Array; pages: number }> {
  registerFonts(options.fontDir ?? resourceDir('fonts', fontFile))
  let pages = 0
  const footer = doc.footer
  const counted: TDocumentDefinitions = {
    ...doc,
    footer: (page, count, size) => {
      pages = count
      return typeof footer === 'function' ? footer(page, count, size) : (footer ?? null)
    },
  }
  const bytes = await pdfmake.createPdf(counted).getBuffer()
  return { bytes, pages }
}
