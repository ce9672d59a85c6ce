import type { Locale } from '../../src/api/club.ts'

/**
 * Every menu label, including those of roles: Electron would otherwise fill role items in
 * with English text, and the menu must follow the club's language.
 */
export interface MenuLabels {
  readonly appAbout: string
  readonly services: string
  readonly hide: string
  readonly hideOthers: string
  readonly unhide: string
  readonly appQuit: string

  readonly file: string
  readonly newClub: string
  readonly openClub: string
  readonly openRecent: string
  readonly clearRecent: string
  readonly saveCopy: string
  readonly settings: string
  readonly closeClub: string
  readonly quit: string

  readonly edit: string
  readonly undo: string
  readonly redo: string
  readonly cut: string
  readonly copy: string
  readonly paste: string
  readonly selectAll: string

  readonly view: string
  readonly reload: string
  readonly toggleDevTools: string
  readonly resetZoom: string
  readonly zoomIn: string
  readonly zoomOut: string
  readonly toggleFullScreen: string

  readonly window: string
  readonly minimize: string
  readonly zoom: string
  readonly front: string
  readonly close: string

  readonly help: string
  readonly about: string
}

export const menuLabels: Record<Locale, MenuLabels> = {
  de: {
    appAbout: 'Über Kreis',
    services: 'Dienste',
    hide: 'Kreis ausblenden',
    hideOthers: 'Andere ausblenden',
    unhide: 'Alle einblenden',
    appQuit: 'Kreis beenden',

    file: 'Datei',
    newClub: 'Neuer Club …',
    openClub: 'Club öffnen …',
    openRecent: 'Zuletzt geöffnet',
    clearRecent: 'Liste leeren',
    saveCopy: 'Kopie speichern …',
    settings: 'Einstellungen …',
    closeClub: 'Club schließen',
    quit: 'Beenden',

    edit: 'Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',

    view: 'Ansicht',
    reload: 'Neu laden',
    toggleDevTools: 'Entwicklerwerkzeuge',
    resetZoom: 'Originalgröße',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    toggleFullScreen: 'Vollbild',

    window: 'Fenster',
    minimize: 'Minimieren',
    zoom: 'Zoomen',
    front: 'Alle nach vorne bringen',
    close: 'Fenster schließen',

    help: 'Hilfe',
    about: 'Über Kreis',
  },
  en: {
    appAbout: 'About Kreis',
    services: 'Services',
    hide: 'Hide Kreis',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    appQuit: 'Quit Kreis',

    file: 'File',
    newClub: 'New Club…',
    openClub: 'Open Club…',
    openRecent: 'Open Recent',
    clearRecent: 'Clear List',
    saveCopy: 'Save a Copy…',
    settings: 'Settings…',
    closeClub: 'Close Club',
    quit: 'Quit',

    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',

    view: 'View',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    toggleFullScreen: 'Full Screen',

    window: 'Window',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
    close: 'Close Window',

    help: 'Help',
    about: 'About Kreis',
  },
}
