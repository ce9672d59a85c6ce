/** Settings → Backups. */
export const backupsDe = {
  backups: {
    title: 'Sicherungen',
    intro:
      'Kreis sichert die Club-Datei beim Öffnen, alle 15 Minuten, solange sich etwas ändert, und beim Schließen. Es bleiben alle Sicherungen von heute, je eine pro Tag der letzten 14 Tage und je eine pro Monat für ein Jahr.',
    folder: 'Ordner',
    isDefault: 'Standard',
    change: 'Ändern …',
    useDefault: 'Standardordner',
    now: 'Jetzt sichern',
    made: 'Sicherung erstellt ({size}).',
    none: 'Für diesen Club gibt es in diesem Ordner noch keine Sicherungen.',
    createdAt: 'Zeitpunkt',
    reason: 'Anlass',
    size: 'Größe',
    members: 'Mitglieder',
    unreadable: 'nicht lesbar',
    restore: 'Wiederherstellen',
    restoreTitle: 'Stand vom {date} wiederherstellen?',
    restoreText:
      'Die Club-Datei wird durch diese Sicherung ersetzt. Der jetzige Stand wird vorher selbst als Sicherung gespeichert („vor Wiederherstellung“): Sie können die Wiederherstellung also rückgängig machen, indem Sie diese Sicherung wiederherstellen.',
    restoreMembers: 'Die Sicherung enthält {count} Mitglieder.',
    restored:
      'Der Stand vom {date} ist wiederhergestellt. Der vorherige Stand liegt als Sicherung „vor Wiederherstellung“ bereit.',
    reasons: {
      open: 'beim Öffnen',
      interval: 'automatisch',
      close: 'beim Schließen',
      manual: 'von Hand',
      beforeRestore: 'vor Wiederherstellung',
      beforeMigration: 'vor Aktualisierung',
    },
  },
}
