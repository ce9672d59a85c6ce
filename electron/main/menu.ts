import type { MenuItemConstructorOptions } from 'electron'
import type { RecentClub } from '../../src/api/club.ts'
import type { MenuLabels } from './menuLabels.ts'

/** What the menu items do; injected so the template can be built and tested without Electron. */
export interface MenuActions {
  newClub(): void
  openClub(): void
  openRecent(path: string): void
  clearRecent(): void
  saveCopy(): void
  closeClub(): void
  settings(): void
  about(): void
}

export interface MenuOptions {
  readonly labels: MenuLabels
  readonly platform: NodeJS.Platform
  readonly recent: readonly RecentClub[]
  readonly hasClub: boolean
  /** Reload and developer tools exist only while developing. */
  readonly dev: boolean
  readonly actions: MenuActions
}

type Item = MenuItemConstructorOptions
const separator: Item = { type: 'separator' }

export function buildMenuTemplate(options: MenuOptions): Item[] {
  const mac = options.platform === 'darwin'
  return [
    ...(mac ? [appMenu(options)] : []),
    fileMenu(options, mac),
    editMenu(options.labels),
    viewMenu(options.labels, options.dev),
    windowMenu(options.labels, mac),
    helpMenu(options, mac),
  ]
}

/** macOS puts About, Settings and Quit under the application's name. */
function appMenu({ labels, actions }: MenuOptions): Item {
  return {
    label: 'Kreis',
    submenu: [
      { role: 'about', label: labels.appAbout },
      separator,
      settingsItem(labels, actions),
      separator,
      { role: 'services', label: labels.services },
      separator,
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.unhide },
      separator,
      { role: 'quit', label: labels.appQuit },
    ],
  }
}

function settingsItem(labels: MenuLabels, actions: MenuActions): Item {
  return {
    id: 'settings',
    label: labels.settings,
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.settings(),
  }
}

function fileMenu(options: MenuOptions, mac: boolean): Item {
  const { labels, actions, hasClub } = options
  // On macOS these two live in the application menu.
  const settingsAndQuit: Item[] = mac
    ? []
    : [separator, settingsItem(labels, actions), separator, { role: 'quit', label: labels.quit }]
  return {
    label: labels.file,
    submenu: [
      {
        id: 'newClub',
        label: labels.newClub,
        // Plain Ctrl/Cmd+N is "new member", the secretary's everyday command.
        accelerator: 'CmdOrCtrl+Shift+N',
        click: () => actions.newClub(),
      },
      {
        id: 'openClub',
        label: labels.openClub,
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.openClub(),
      },
      recentMenu(options, mac),
      separator,
      {
        id: 'saveCopy',
        label: labels.saveCopy,
        accelerator: 'CmdOrCtrl+Shift+S',
        enabled: hasClub,
        click: () => actions.saveCopy(),
      },
      {
        id: 'closeClub',
        label: labels.closeClub,
        enabled: hasClub,
        click: () => actions.closeClub(),
      },
      ...settingsAndQuit,
    ],
  }
}

function recentMenu({ labels, actions, recent }: MenuOptions, mac: boolean): Item {
  const entries = recent.map((club): Item => ({
    label: recentLabel(club, recent, mac),
    click: () => actions.openRecent(club.path),
  }))
  return {
    id: 'openRecent',
    label: labels.openRecent,
    enabled: recent.length > 0,
    submenu: [
      ...entries,
      ...(entries.length > 0 ? [separator] : []),
      {
        id: 'clearRecent',
        label: labels.clearRecent,
        enabled: recent.length > 0,
        click: () => actions.clearRecent(),
      },
    ],
  }
}

/**
 * Two clubs of the same name are told apart by their path. Outside macOS a single `&` marks
 * a keyboard mnemonic, so a club called "Lions & Co" needs it doubled to show as typed.
 */
function recentLabel(club: RecentClub, recent: readonly RecentClub[], mac: boolean): string {
  const ambiguous = recent.some((other) => other !== club && other.name === club.name)
  const label = ambiguous ? `${club.name} (${club.path})` : club.name
  return mac ? label : label.replaceAll('&', '&&')
}

function editMenu(labels: MenuLabels): Item {
  return {
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      separator,
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      separator,
      { role: 'selectAll', label: labels.selectAll },
    ],
  }
}

function viewMenu(labels: MenuLabels, dev: boolean): Item {
  const devItems: Item[] = [
    { role: 'reload', label: labels.reload },
    { role: 'toggleDevTools', label: labels.toggleDevTools },
    separator,
  ]
  return {
    label: labels.view,
    submenu: [
      ...(dev ? devItems : []),
      { role: 'resetZoom', label: labels.resetZoom },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      separator,
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
    ],
  }
}

function windowMenu(labels: MenuLabels, mac: boolean): Item {
  const platformItems: Item[] = mac
    ? [{ role: 'zoom', label: labels.zoom }, separator, { role: 'front', label: labels.front }]
    : [{ role: 'close', label: labels.close }]
  return {
    role: 'windowMenu',
    label: labels.window,
    submenu: [{ role: 'minimize', label: labels.minimize }, ...platformItems],
  }
}

/** On macOS About is the standard panel; elsewhere the renderer shows its own dialog. */
function helpMenu({ labels, actions }: MenuOptions, mac: boolean): Item {
  const about: Item = mac
    ? { role: 'about', label: labels.about }
    : { id: 'about', label: labels.about, click: () => actions.about() }
  return { role: 'help', label: labels.help, submenu: [about] }
}
