import type { Locale } from '../../api/club.ts'

/** Headers and words of the sector directory export that the members export does not have. */
export const directoryText: Record<
  Locale,
  {
    readonly fileStem: string
    readonly directorySheet: string
    readonly treeSheet: string
    readonly sectorCode: string
    readonly sector: string
    readonly name: string
    readonly organisation: string
    readonly level: string
    readonly activeMembers: string
    readonly allMembers: string
    readonly target: string
    readonly retired: string
    readonly yes: string
  }
> = {
  de: {
    fileStem: 'branchenverzeichnis',
    directorySheet: 'Branchenverzeichnis',
    treeSheet: 'Branchen',
    sectorCode: 'Branchenschlüssel',
    sector: 'Branche',
    name: 'Name',
    organisation: 'Organisation',
    level: 'Ebene',
    activeMembers: 'Aktive Mitglieder',
    allMembers: 'Mitglieder gesamt',
    target: 'Gesucht',
    retired: 'Stillgelegt',
    yes: 'ja',
  },
  en: {
    fileStem: 'sector-directory',
    directorySheet: 'Sector directory',
    treeSheet: 'Sectors',
    sectorCode: 'Sector code',
    sector: 'Sector',
    name: 'Name',
    organisation: 'Organisation',
    level: 'Level',
    activeMembers: 'Active members',
    allMembers: 'All members',
    target: 'Wanted',
    retired: 'Retired',
    yes: 'yes',
  },
}
