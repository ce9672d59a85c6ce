import type { Locale } from '../../api/club.ts'

const messages = {
  de: {
    written: 'Sicherung geschrieben und geprüft: {path}',
    details: '{size}, {members} Mitglieder, Datenstand {version}',
    restored: 'Wiederhergestellt: {path}',
    previous: 'Die Datei, die dort war, liegt jetzt unter: {path}',
    sameFile: 'Sicherung und Ziel sind dieselbe Datei: „{path}“.',
    file: 'Datei',
    integrity: 'Integrität',
    foreignKeys: 'Fremdschlüssel',
    schemaVersion: 'Datenstand',
    members: 'Mitglieder',
    fine: 'in Ordnung',
    problems: '{count} Probleme',
    violations: '{count} verletzte Verweise',
    unknown: 'nicht lesbar',
    verdictOk: 'Die Datei ist in Ordnung.',
    verdictBad: 'Die Datei ist beschädigt. Stellen Sie eine Sicherung wieder her (kreis restore).',
  },
  en: {
    written: 'Backup written and checked: {path}',
    details: '{size}, {members} members, schema version {version}',
    restored: 'Restored: {path}',
    previous: 'The file that was there is now at: {path}',
    sameFile: 'The backup and the target are the same file: “{path}”.',
    file: 'File',
    integrity: 'Integrity',
    foreignKeys: 'Foreign keys',
    schemaVersion: 'Schema version',
    members: 'Members',
    fine: 'ok',
    problems: '{count} problems',
    violations: '{count} broken references',
    unknown: 'unreadable',
    verdictOk: 'The file is sound.',
    verdictBad: 'The file is damaged. Restore a backup (kreis restore).',
  },
} as const satisfies Record<Locale, Record<string, string>>

export type BackupTextKey = keyof (typeof messages)['de']

export function backupMessage(
  locale: Locale,
  key: BackupTextKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return messages[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  )
}
