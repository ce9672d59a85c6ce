import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { installMemberBridge, listAnswer, listRow, memberRecord } from './memberBridge.ts'
import { stateWithClub } from './fakeBridge.ts'
import { mountApp } from './mountApp.ts'

const clubPath = stateWithClub.club?.path ?? ''
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeEach(() => localStorage.clear())
afterEach(() => {
  document.body.innerHTML = ''
})

describe('the members view', () => {
  it('shows the rows from members/list under German headers', async () => {
    installMemberBridge({
      'members/list': listAnswer(2, (i) =>
        i === 0
          ? listRow(1, {
              displayName: 'Dr. Anna Schäfer',
              company: 'Schäfer Steuerberatung',
              town: 'Frankfurt am Main',
              status: 'honorary',
            })
          : listRow(2, { displayName: 'Jürgen Müller', status: 'prospect' }),
      ),
    })
    const { wrapper } = await mountApp('/members')
    await wait(60)
    await flushPromises()
    const headers = wrapper.findAll('[role=columnheader]').map((h) => h.text())
    expect(headers).toEqual(['Nr.', 'Name', 'Firma', 'Klassifikation', 'Ort', 'E-Mail', 'Status'])
    const rows = wrapper.findAll('.body [role=row]')
    expect(rows).toHaveLength(2)
    expect(rows[0]?.text()).toContain('Dr. Anna Schäfer')
    expect(rows[0]?.text()).toContain('Schäfer Steuerberatung')
    expect(rows[0]?.text()).toContain('Ehrenmitglied')
    expect(rows[1]?.text()).toContain('Interessent')
    expect(wrapper.find('[data-test=member-count]').text()).toBe('2 Mitglieder')
  })

  it('searches as the user types, once the typing pauses', async () => {
    const bridge = installMemberBridge()
    const { wrapper } = await mountApp('/members')
    const input = wrapper.find('#member-search')
    for (const text of ['m', 'mu', 'muel', 'mueller']) await input.setValue(text)
    await wait(200)
    await flushPromises()
    const searches = bridge.callsOf('members/list').map((q) => q['search'])
    expect(searches).toContain('mueller')
    expect(searches).not.toContain('mu')
    expect(bridge.callsOf('members/list').at(-1)).toMatchObject({
      search: 'mueller',
      offset: 0,
      limit: 200,
      includeFormer: false,
      sort: 'name',
    })
  })

  it('restores filters, columns and sort from the last session', async () => {
    localStorage.setItem(
      `kreis.members.v1:${clubPath}`,
      JSON.stringify({
        filters: { statuses: ['honorary', 'bogus'], includeFormer: true, kinds: ['organisation'] },
        columns: ['name', 'town', 'memberNumber', 'nonsense'],
        sort: 'town',
        descending: true,
      }),
    )
    const bridge = installMemberBridge()
    const { wrapper } = await mountApp('/members')
    await flushPromises()
    expect(bridge.callsOf('members/list')[0]).toMatchObject({
      statuses: ['honorary'],
      includeFormer: true,
      kinds: ['organisation'],
      sort: 'town',
      descending: true,
    })
    expect(wrapper.findAll('[role=columnheader]').map((h) => h.text())).toEqual([
      'Name',
      'Ort',
      'Nr.',
    ])
    expect(wrapper.find('[aria-sort=descending]').text()).toBe('Ort')
    expect(wrapper.find('[data-test=filter-reset]').exists()).toBe(true)
  })

  it('writes changed settings back for the next start', async () => {
    installMemberBridge()
    const { wrapper } = await mountApp('/members')
    await flushPromises()
    await wrapper.find('[data-test=sort-memberNumber]').trigger('click')
    await wrapper.find('[data-test=sort-memberNumber]').trigger('click')
    await flushPromises()
    const stored = JSON.parse(localStorage.getItem(`kreis.members.v1:${clubPath}`) ?? '{}')
    expect(stored).toMatchObject({ sort: 'memberNumber', descending: true })
  })

  it('renders only a window of 100,000 rows and fetches pages by offset as it scrolls', async () => {
    const bridge = installMemberBridge({
      'club/counts': { members: 100_000, activeMembers: 90_000 },
      'members/list': listAnswer(100_000),
    })
    const { wrapper } = await mountApp('/members')
    await wait(60)
    await flushPromises()
    expect(wrapper.find('[data-test=member-count]').text()).toBe('100.000 Mitglieder')
    expect(wrapper.findAll('.body [role=row]').length).toBeLessThan(60)
    const table = wrapper.find('[data-test=member-table]')
    ;(table.element as HTMLElement).scrollTop = 36 * 50_000
    await table.trigger('scroll')
    await wait(60)
    await flushPromises()
    const offsets = bridge.callsOf('members/list').map((q) => q['offset'])
    expect(offsets).toContain(50_000)
    expect(offsets).not.toContain(25_000)
    expect(wrapper.text()).toContain('Person 50001')
  })

  it('opens the member on Enter', async () => {
    installMemberBridge({ 'members/get': memberRecord({ id: 2 }) })
    const { wrapper, router } = await mountApp('/members')
    await wait(60)
    await flushPromises()
    const table = wrapper.find('[data-test=member-table]')
    await table.trigger('keydown', { key: 'ArrowDown' })
    await table.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/members/2')
  })
})
