import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { resourceDir } from '../resources.ts'
import { cleanName, type TaxonomyEntry } from './taxonomyEntry.ts'
import { sectionName } from './wzSections.ts'

interface WzLine {
  readonly line: number
  readonly code: string
  readonly title: string
}

/** id, code, title, ISIC code; tab-separated, one classification per line. */
function readLines(path: string): WzLine[] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
  const lines: WzLine[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return
    const [, code = '', title = ''] = raw.split('\t')
    lines.push({ line: index + 1, code: code.trim(), title })
  })
  return lines
}

/**
 * Sections are letters and divisions do not name theirs: a division belongs to the section
 * it follows in the file. Below that the code says it: `01.11.0` → `01.11` → `01.1` → `01`.
 */
function parentOf(code: string, section: string | null): string | null {
  if (/^[A-Z]$/.test(code)) return null
  if (/^\d{2}$/.test(code)) {
    if (section === null) throw new Error(`WZ 2008: division ${code} before any section`)
    return section
  }
  if (/^\d{2}\.\d$/.test(code)) return code.slice(0, 2)
  if (/^\d{2}\.\d{2}$/.test(code)) return code.slice(0, 4)
  if (/^\d{2}\.\d{2}\.\d$/.test(code)) return code.slice(0, 5)
  throw new Error(`WZ 2008: unexpected code "${code}"`)
}

/** The five levels of WZ 2008 in both languages, in the published order. */
export function readWz2008(dir = resourceDir('sectors', 'wz2008-de.tsv')): TaxonomyEntry[] {
  const german = readLines(join(dir, 'wz2008-de.tsv'))
  const english = readLines(join(dir, 'wz2008-en.tsv'))
  if (german.length !== english.length) {
    throw new Error(`WZ 2008: ${german.length} German but ${english.length} English entries`)
  }
  let section: string | null = null
  return german.map((de, index) => {
    const en = english[index] as WzLine
    if (en.code !== de.code) {
      throw new Error(`WZ 2008: line ${de.line} is ${de.code} in German but ${en.code} in English`)
    }
    const parentCode = parentOf(de.code, section)
    if (parentCode === null) {
      section = de.code
      return {
        code: de.code,
        nameDe: sectionName(de.code, de.title, 'de'),
        nameEn: sectionName(de.code, en.title, 'en'),
        parentCode,
      }
    }
    return { code: de.code, nameDe: cleanName(de.title), nameEn: cleanName(en.title), parentCode }
  })
}
