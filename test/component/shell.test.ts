import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { clubProfile, installFakeBridge, stateWithClub, stateWithoutClub } from './fakeBridge.ts'
import { meetingSettings } from './meetingsBridge.ts'
import { mountApp } from './mountApp.ts'
import { emptyRoster } from './memberBridge.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the shell', () => {
  it('shows the welcome screen when no club is open', async () => {
    installFakeBridge({ 'app/state': stateWithoutClub })
    const { wrapper, router } = await mountApp('/members')
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(wrapper.text()).toContain('Willkommen bei Kreis')
    expect(wrapper.text()).toContain('Demo-Club öffnen')
    expect(wrapper.text()).toContain('Noch keine Clubs geöffnet.')
  })

  it('navigates between all areas with German labels and an empty state in each', async () => {
    installFakeBridge({
      'app/state': stateWithClub,
      'club/counts': { members: 0, activeMembers: 0 },
      'sectors/tree': { sectors: [] },
      'club/profile': clubProfile,
      'meetings/settings': meetingSettings,
      'meetings/list': [],
      'meetings/series': [],
      ...emptyRoster,
    })
    const { wrapper, router } = await mountApp('/members')
    const links = wrapper.findAll('nav a').map((a) => a.text())
    expect(links).toEqual([
      'Mitglieder',
      'Branchen',
      'Beiträge',
      'Treffen',
      'Verzeichnis',
      'Einstellungen',
    ])
    expect(wrapper.find('nav').attributes('aria-label')).toBe('Hauptnavigation')
    expect(wrapper.text()).toContain('Noch keine Mitglieder')
    await router.push({ name: 'meetings' })
    await flushPromises()
    expect(wrapper.find('[data-test=meetings-empty] h2').text()).toMatch(
      /^Noch keine Termine im Clubjahr \d{4}\/\d{2}$/,
    )
    await router.push({ name: 'sectors' })
    await flushPromises()
    expect(wrapper.find('h2').text()).toBe('Noch keine Branchen')
  })

  it('speaks English when the open club does', async () => {
    installFakeBridge({
      'app/state': { ...stateWithClub, club: { ...stateWithClub.club, locale: 'en' } },
      'club/counts': { members: 60, activeMembers: 52 },
      ...emptyRoster,
    })
    const { wrapper } = await mountApp('/members')
    expect(wrapper.findAll('nav a').map((a) => a.text())).toEqual([
      'Members',
      'Sectors',
      'Dues',
      'Meetings',
      'Directory',
      'Settings',
    ])
    expect(wrapper.text()).toContain('60 members, 52 of them active')
    expect(document.documentElement.lang).toBe('en')
  })

  it('follows state pushed from the main side and menu commands', async () => {
    const bridge = installFakeBridge({
      'app/state': stateWithClub,
      'club/counts': { members: 0, activeMembers: 0 },
      ...emptyRoster,
    })
    const { wrapper, router } = await mountApp('/members')
    bridge.emit('menu/command', 'newClub')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(wrapper.text()).toContain('← Rotary Club Teststadt')

    bridge.emit('app/state', stateWithoutClub)
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('welcome')
    expect(document.title).toBe('Kreis')
  })
})
