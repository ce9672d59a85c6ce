import { cleanName } from './taxonomyEntry.ts'

/**
 * The 21 sections as Destatis prints them in running text. The file has them in capitals
 * ("ABSCHNITT A - LAND- UND FORSTWIRTSCHAFT, FISCHEREI"), and German nouns cannot be told
 * from adjectives by rule, so the readable spelling is written out here.
 */
const germanSections: Readonly<Record<string, string>> = {
  A: 'Land- und Forstwirtschaft, Fischerei',
  B: 'Bergbau und Gewinnung von Steinen und Erden',
  C: 'Verarbeitendes Gewerbe',
  D: 'Energieversorgung',
  E: 'Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von Umweltverschmutzungen',
  F: 'Baugewerbe',
  G: 'Handel; Instandhaltung und Reparatur von Kraftfahrzeugen',
  H: 'Verkehr und Lagerei',
  I: 'Gastgewerbe',
  J: 'Information und Kommunikation',
  K: 'Erbringung von Finanz- und Versicherungsdienstleistungen',
  L: 'Grundstücks- und Wohnungswesen',
  M: 'Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen',
  N: 'Erbringung von sonstigen wirtschaftlichen Dienstleistungen',
  O: 'Öffentliche Verwaltung, Verteidigung; Sozialversicherung',
  P: 'Erziehung und Unterricht',
  Q: 'Gesundheits- und Sozialwesen',
  R: 'Kunst, Unterhaltung und Erholung',
  S: 'Erbringung von sonstigen Dienstleistungen',
  T: 'Private Haushalte mit Hauspersonal; Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt',
  U: 'Exterritoriale Organisationen und Körperschaften',
}

/** `ABSCHNITT C – ` (with a hyphen or an en dash) before the German section titles. */
const sectionPrefix = /^(?:ABSCHNITT|SECTION)\s+[A-Z]\s*[-–]\s*/i

/** The section title without its prefix, as a sentence rather than in capitals. */
export function sectionName(letter: string, title: string, language: 'de' | 'en'): string {
  const german = germanSections[letter]
  if (language === 'de' && german !== undefined) return german
  // The English file spells section T "U0NDIFFERENTIATED": a digit inside a word of
  // capitals is a typing slip, never part of a title.
  const text = cleanName(title.replace(sectionPrefix, ''))
    .replace(/(?<=\p{L})\d(?=\p{L})/gu, '')
    .toLowerCase()
  return text.charAt(0).toUpperCase() + text.slice(1)
}
