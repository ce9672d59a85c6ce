import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  buildMenuTemplate,
  type MenuActions,
  type MenuOptions,
} from '../../../electron/main/menu.ts'
import { menuLabels } from '../../../electron/main/menuLabels.ts'
import type { RecentClub } from '../../../src/api/club.ts'

type Item = MenuItemConstructorOptions

function fakeActions(): MenuActions {
  return {
    newClub: vi.fn(),
    openClub: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    saveCopy: vi.fn(),
    closeClub: vi.fn(),
    settings: vi.fn(),
    about: vi.fn(),
  }
}

const recent: RecentClub[] = [
  { path: '/clubs/rc-aachen.kreis', name: 'Rotary Club Aachen', openedAt: '2026-03-01T10:00:00Z' },
  { path: '/clubs/bni.kreis', name: 'BNI Köln & Umland', openedAt: '2026-02-01T10:00:00Z' },
]

function build(overrides: Partial<MenuOptions> = {}) {
  const actions = fakeActions()
  const template = buildMenuTemplate({
    labels: menuLabels.de,
    platform: 'win32',
    recent,
    hasClub: true,
    dev: false,
    actions,
    ...overrides,
  })
  return { template, actions }
}

function submenu(item: Item | undefined): Item[] {
  return Array.isArray(item?.submenu) ? item.submenu : []
}

/** Every item, depth first, so tests can look items up by id or role. */
function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...flatten(submenu(item))])
}

const byId = (items: readonly Item[], id: string) => flatten(items).find((item) => item.id === id)
const roles = (items: readonly Item[]) =>
  flatten(items)
    .map((item) => item.role)
    .filter(Boolean)

function click(item: Item | undefined): void {
  ;(item?.click as (() => void) | undefined)?.()
}

describe('the menu template', () => {
  it.each([
    ['de', ['Datei', 'Bearbeiten', 'Ansicht', 'Fenster', 'Hilfe']],
    ['en', ['File', 'Edit', 'View', 'Window', 'Help']],
  ] as const)('has the top-level menus in %s', (locale, labels) => {
    const { template } = build({ labels: menuLabels[locale] })
    expect(template.map((item) => item.label)).toEqual(labels)
  })

  it('labels every item that is not a separator, in both languages', () => {
    for (const labels of [menuLabels.de, menuLabels.en]) {
      for (const platform of ['darwin', 'win32', 'linux'] as const) {
        const items = flatten(build({ labels, platform, dev: true }).template)
        for (const item of items.filter((i) => i.type !== 'separator')) {
          expect(item.label, JSON.stringify(item.role ?? item.id)).toMatch(/\S/)
        }
      }
    }
  })

  it('uses the standard roles for editing, zoom, full screen and windows', () => {
    const { template } = build()
    expect(roles(template)).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'resetZoom',
        'zoomIn',
        'zoomOut',
        'togglefullscreen',
        'windowMenu',
        'quit',
      ]),
    )
  })

  it('offers reload and developer tools only while developing', () => {
    expect(roles(build({ dev: false }).template)).not.toContain('toggleDevTools')
    expect(roles(build({ dev: false }).template)).not.toContain('reload')
    expect(roles(build({ dev: true }).template)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    )
  })

  it('disables Save a copy and Close club without a club', () => {
    const without = build({ hasClub: false }).template
    expect(byId(without, 'saveCopy')?.enabled).toBe(false)
    expect(byId(without, 'closeClub')?.enabled).toBe(false)
    const withClub = build({ hasClub: true }).template
    expect(byId(withClub, 'saveCopy')?.enabled).toBe(true)
    expect(byId(withClub, 'closeClub')?.enabled).toBe(true)
  })

  it('sends New club, Settings and About to their actions, with the usual shortcuts', () => {
    const { template, actions } = build()
    expect(byId(template, 'newClub')?.accelerator).toBe('CmdOrCtrl+Shift+N')
    expect(byId(template, 'openClub')?.accelerator).toBe('CmdOrCtrl+O')
    expect(byId(template, 'settings')?.accelerator).toBe('CmdOrCtrl+,')
    for (const id of [
      'newClub',
      'openClub',
      'saveCopy',
      'closeClub',
      'settings',
      'about',
    ] as const) {
      click(byId(template, id))
      expect(actions[id]).toHaveBeenCalledTimes(1)
    }
  })

  it('lists recent clubs and opens the one clicked', () => {
    const { template, actions } = build({ platform: 'darwin' })
    const items = submenu(byId(template, 'openRecent'))
    expect(items.map((item) => item.label ?? item.type)).toEqual([
      'Rotary Club Aachen',
      'BNI Köln & Umland',
      'separator',
      'Liste leeren',
    ])
    click(items[1])
    expect(actions.openRecent).toHaveBeenCalledExactlyOnceWith('/clubs/bni.kreis')
    click(byId(template, 'clearRecent'))
    expect(actions.clearRecent).toHaveBeenCalledTimes(1)
  })

  it('doubles & in club names outside macOS, where it would mark a mnemonic', () => {
    const items = submenu(byId(build({ platform: 'win32' }).template, 'openRecent'))
    expect(items[1]?.label).toBe('BNI Köln && Umland')
  })

  it('tells clubs of the same name apart by their path', () => {
    const twins = [
      { path: '/a/lions.kreis', name: 'Lions Club', openedAt: '2026-01-02T00:00:00Z' },
      { path: '/b/lions.kreis', name: 'Lions Club', openedAt: '2026-01-01T00:00:00Z' },
    ]
    const items = submenu(byId(build({ recent: twins, platform: 'linux' }).template, 'openRecent'))
    expect(items.slice(0, 2).map((item) => item.label)).toEqual([
      'Lions Club (/a/lions.kreis)',
      'Lions Club (/b/lions.kreis)',
    ])
  })

  it('disables Open recent when the list is empty', () => {
    const { template } = build({ recent: [] })
    expect(byId(template, 'openRecent')?.enabled).toBe(false)
    expect(byId(template, 'clearRecent')?.enabled).toBe(false)
  })

  it('has the application menu only on macOS, with About, Settings and Quit in it', () => {
    const mac = build({ platform: 'darwin' }).template
    expect(mac.map((item) => item.label)).toEqual([
      'Kreis',
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Fenster',
      'Hilfe',
    ])
    const appRoles = roles(submenu(mac[0]))
    expect(appRoles).toEqual(
      expect.arrayContaining(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']),
    )
    expect(submenu(mac[0]).some((item) => item.id === 'settings')).toBe(true)
    expect(submenu(mac[1]).some((item) => item.role === 'quit' || item.id === 'settings')).toBe(
      false,
    )
    expect(submenu(mac[5])[0]?.role).toBe('about')

    for (const platform of ['win32', 'linux'] as const) {
      const other = build({ platform }).template
      expect(other[0]?.label).toBe('Datei')
      expect(roles(other)).not.toContain('about')
      expect(roles(submenu(other[0]))).toContain('quit')
      expect(byId(other, 'about')?.label).toBe('Über Kreis')
    }
  })
})
