import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { installMemberBridge, memberRecord } from './memberBridge.ts'
import { professions, sectorAnswers } from './sectorBridge.ts'
import { stateWithClub, stateWithoutClub } from './fakeBridge.ts'
import { mountApp } from './mountApp.ts'
import SectorPicker from '../../src/ui/components/sectors/SectorPicker.vue'

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const clubPath = stateWithClub.club?.path ?? ''

beforeEach(() => localStorage.clear())
afterEach(() => {
  document.body.innerHTML = ''
})

function picker(wrapper: VueWrapper, test: string) {
  const found = wrapper
    .findAllComponents(SectorPicker)
    .find((p) => p.attributes('data-test') === test)
  if (found === undefined) throw new Error(`no picker ${test}`)
  return found
}

describe('the sector picker', () => {
  it('searches as the user types and saves primary and further sectors with the member', async () => {
    const bridge = installMemberBridge({
      ...sectorAnswers(),
      'members/create': memberRecord({ id: 9, sectorId: 2, secondarySectorIds: [4] }),
    })
    const { wrapper } = await mountApp('/members/new?kind=person')
    const field = wrapper.find('[data-field=sectorId]')
    expect(field.text()).toContain('Branche (für die Klassifikationsregel)')
    picker(wrapper, 'field-sectorId').vm.$emit('update:value', 2)
    picker(wrapper, 'field-secondarySectorIds').vm.$emit('update:value', [4])
    await flushPromises()
    expect(wrapper.find('[data-field=sectorId]').text()).toContain('M-STB Steuerberatung')
    expect(wrapper.find('[data-field=secondarySectorIds]').text()).toContain('M-ARCH Architektur')

    const input = wrapper.find('[data-field=secondarySectorIds] input')
    await input.trigger('focus')
    await input.setValue('steuer')
    await wait(200)
    await flushPromises()
    expect(bridge.callsOf('sectors/search').map((c) => c['search'])).toContain('steuer')

    await wrapper.find('[data-field=lastName] input').setValue('Schäfer')
    await wrapper.find('[data-test=save-member]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('policy/check')).toEqual([
      { memberId: null, sectorId: 2, status: 'active' },
    ])
    expect(bridge.callsOf('members/create')[0]).toMatchObject({
      member: { sectorId: 2, secondarySectorIds: [4] },
      status: 'active',
    })
    expect(bridge.callsOf('members/create')[0]).not.toHaveProperty('override')
  })

  it('names the member’s sector even when it has been retired since', async () => {
    installMemberBridge({
      ...sectorAnswers(),
      'members/get': memberRecord({ sectorId: 6 }),
    })
    const { wrapper } = await mountApp('/members/5')
    await flushPromises()
    expect(wrapper.find('[data-field=sectorId]').text()).toContain('C-DRU Druckerei')
  })

  it('narrows the member list to a sector and remembers it for the next start', async () => {
    const bridge = installMemberBridge(sectorAnswers())
    const { wrapper } = await mountApp('/members')
    await flushPromises()
    expect(wrapper.find('[data-test=filter-sector]').exists()).toBe(true)
    picker(wrapper, 'filter-sector').vm.$emit('update:value', [1])
    await wait(60)
    await flushPromises()
    expect(bridge.callsOf('members/list').at(-1)).toMatchObject({ sectorIds: [1] })
    expect(wrapper.find('[data-test=filter-sector]').text()).toContain('M Freiberufliche')
    const stored = JSON.parse(localStorage.getItem(`kreis.members.v1:${clubPath}`) ?? '{}')
    expect(stored.filters.sectorIds).toEqual([1])
    await wrapper.find('[data-test=filter-reset]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('members/list').at(-1)).toMatchObject({ sectorIds: [] })
  })
})

describe('a new club’s starting taxonomy', () => {
  it('follows the kind of club until the user picks one, and is sent along', async () => {
    const bridge = installMemberBridge({
      'app/state': stateWithoutClub,
      'clubs/create': stateWithClub,
      ...sectorAnswers(professions()),
    })
    const { wrapper } = await mountApp('/welcome')
    const checked = () =>
      wrapper.find('[data-test^=taxonomy-].n-radio--checked').attributes('data-test')
    expect(checked()).toBe('taxonomy-professions')
    expect(wrapper.text()).toContain('Branchenliste zum Start')

    const kind = wrapper.findComponent({ name: 'Select' })
    kind.vm.$emit('update:value', 'chamber')
    await flushPromises()
    expect(checked()).toBe('taxonomy-wz2008')
    kind.vm.$emit('update:value', 'association')
    await flushPromises()
    expect(checked()).toBe('taxonomy-empty')

    await wrapper.find('[data-test=taxonomy-professions] input').trigger('change')
    await flushPromises()
    kind.vm.$emit('update:value', 'chamber')
    await flushPromises()
    expect(checked()).toBe('taxonomy-professions')

    await wrapper.find('#club-name').setValue('Handwerkskammer Musterstadt')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(bridge.callsOf('clubs/create')[0]).toMatchObject({
      name: 'Handwerkskammer Musterstadt',
      kind: 'chamber',
      taxonomy: 'professions',
    })
  })
})
