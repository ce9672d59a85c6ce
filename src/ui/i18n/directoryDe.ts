/** The directory view: the printed member directory and the shorter lists (German source). */
export const directoryDe = {
  directory: {
    title: 'Verzeichnis',
    tabs: { book: 'Mitgliederverzeichnis', lists: 'Listen' },
    loading: 'Einstellungen werden geladen …',
    emptyTitle: 'Noch keine Mitglieder',
    emptyText:
      'Hier entstehen das gedruckte Mitgliederverzeichnis und die Listen des Clubs als PDF – mit Vorstand, Branchenverzeichnis und nur den Angaben, die jedes Mitglied freigegeben hat. Legen Sie dazu zuerst Mitglieder an oder importieren Sie sie.',
    toMembers: 'Zu den Mitgliedern',
    options: {
      label: 'Einstellungen des Verzeichnisses',
      layout: 'Format',
      paper: 'Papier',
      papers: { a4: 'A4', a5: 'A5' },
      paperHint: 'A5 ist das übliche Heftformat.',
      columns: 'Spalten',
      columnCounts: { '1': 'Einspaltig', '2': 'Zweispaltig' },
      locale: 'Sprache',
      clubYear: 'Clubjahr',
      clubYears: { current: 'Laufendes', next: 'Nächstes' },
      clubYearHint: 'Für das nächste: Vorstand, Geburtstage und Jubiläen des kommenden Jahres.',
      photos: 'Mit Fotos',
      photosHint: 'Nur von Mitgliedern, die der Veröffentlichung ihres Fotos zugestimmt haben.',
      bankDetails: 'Bankverbindung auf der Clubseite',
      bankDetailsHint: 'Aus dem Clubprofil in den Einstellungen.',
      statuses: 'Aufgeführte Mitglieder',
      sections: 'Inhalt in Druckreihenfolge',
    },
    sections: {
      cover: 'Titelseite',
      contents: 'Inhaltsverzeichnis',
      club: 'Der Club',
      board: 'Vorstand und Ämter',
      members: 'Mitglieder A–Z',
      sectorIndex: 'Branchenverzeichnis',
      dates: 'Geburtstage und Jubiläen',
      formerNames: 'Ehren- und ehemalige Mitglieder (nur Namen)',
    },
    preview: {
      label: 'Vorschau der ersten Seiten',
      loading: 'Vorschau wird erstellt …',
      count: '{count} Mitglied im Verzeichnis | {count} Mitglieder im Verzeichnis',
      nobody: 'Mit diesen Einstellungen steht niemand im Verzeichnis.',
      page: 'Seite {page}',
      enlarge: 'Seite {page} vergrößert ansehen',
      pageOf: 'Seite {page} von {pages} der Vorschau',
      previous: 'Vorige Seite',
      next: 'Nächste Seite',
      consent:
        'Jedes Mitglied erscheint nur mit den Angaben, denen es zugestimmt hat. Die Vorschau enthält die ersten Mitglieder; gespeichert und gedruckt wird das ganze Verzeichnis.',
      more: 'Alle {count} Seiten der Vorschau zeigen',
      fewer: 'Nur die ersten Seiten zeigen',
      failed: 'Die Vorschau konnte nicht angezeigt werden.',
    },
    save: 'Speichern …',
    saveOpen: 'Speichern und öffnen',
    print: 'Drucken …',
    actions: 'Verzeichnis ausgeben',
    saved:
      'Verzeichnis gespeichert: {path} ({pages} Seite) | Verzeichnis gespeichert: {path} ({pages} Seiten)',
    lists: {
      label: 'Einstellungen der Liste',
      kind: 'Liste',
      kinds: {
        phone: 'Telefonliste',
        birthdays: 'Geburtstagsliste',
        anniversaries: 'Jubiläumsliste',
        sectors: 'Branchenliste für Gäste',
        labels: 'Adressetiketten',
      },
      hints: {
        phone: 'Kompakte Tabelle mit Name, Klassifikation, Telefonnummern und E-Mail.',
        birthdays:
          'Die Geburtstage eines Jahres, Monat für Monat – nur von Mitgliedern, die zugestimmt haben.',
        anniversaries: 'Die Mitgliedschaftsjubiläen eines Jahres: 5, 10, 25 … Jahre im Club.',
        sectors:
          'Eine Zeile je Klassifikation mit Mitglied, Firma und Telefon – zum Auslegen für Gäste.',
        labels: 'Anschriften auf A4-Etikettenbögen für Briefsendungen.',
      },
      statuses: 'Aufgeführte Mitglieder',
      year: 'Jahr',
      labelLayout: 'Etikettenbogen',
      layouts: {
        '3x7': '3 × 7 Etiketten, je 70 × 42,3 mm',
        '3x8': '3 × 8 Etiketten, je 70 × 37 mm',
      },
      locale: 'Sprache',
      actions: 'Liste ausgeben',
      saved:
        '{list} gespeichert: {path} ({pages} Seite) | {list} gespeichert: {path} ({pages} Seiten)',
    },
  },
}

export type DirectoryMessages = typeof directoryDe
