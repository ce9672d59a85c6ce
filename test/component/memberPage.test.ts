import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { MemberStatus } from '../../src/api/members.ts'
import { Refusal, installMemberBridge, memberRecord } from './memberBridge.ts'
import { mountApp } from './mountApp.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

function field(wrapper: VueWrapper, path: string) {
  return wrapper.find(`[data-field="${path}"]`)
}

async function type(wrapper: VueWrapper, path: string, text: string): Promise<void> {
  const input = field(wrapper, path).find('input')
  await input.setValue(text)
  await input.trigger('focusout')
  await flushPromises()
}

describe('the member page', () => {
  it('marks a bad e-mail address and a German postcode of four digits inline', async () => {
    const bridge = installMemberBridge()
    const { wrapper } = await mountApp('/members/new?kind=person')
    expect(wrapper.find('h1').text()).toBe('Neue Person')
    await type(wrapper, 'lastName', 'Müller')
    await type(wrapper, 'emailBusiness', 'juergen.mueller@')
    await type(wrapper, 'businessAddress.postcode', '6031')
    expect(field(wrapper, 'emailBusiness').text()).toContain('Keine gültige E-Mail-Adresse.')
    expect(field(wrapper, 'businessAddress.postcode').text()).toContain(
      'Passt nicht zum Land (Deutschland: 5 Ziffern',
    )
    expect(field(wrapper, 'lastName').text()).not.toContain('Bitte ausfüllen')

    await wrapper.find('[data-test=save-member]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('members/create')).toHaveLength(0)

    await type(wrapper, 'emailBusiness', 'juergen.mueller@example.de')
    await type(wrapper, 'businessAddress.postcode', '60311')
    expect(field(wrapper, 'emailBusiness').text()).not.toContain('Keine gültige')
    expect(field(wrapper, 'businessAddress.postcode').text()).not.toContain('Passt nicht')
  })

  it('asks for the last name only once the user has been there or tries to save', async () => {
    installMemberBridge()
    const { wrapper } = await mountApp('/members/new?kind=person')
    expect(field(wrapper, 'lastName').text()).not.toContain('Bitte ausfüllen.')
    await wrapper.find('[data-test=save-member]').trigger('click')
    await flushPromises()
    expect(field(wrapper, 'lastName').text()).toContain('Bitte ausfüllen.')
  })

  it('shows the organisation fields for a new organisation', async () => {
    installMemberBridge()
    const { wrapper } = await mountApp('/members/new?kind=organisation')
    expect(wrapper.find('h1').text()).toBe('Neue Organisation')
    expect(field(wrapper, 'organisationName').exists()).toBe(true)
    expect(field(wrapper, 'legalForm').exists()).toBe(true)
    expect(field(wrapper, 'firstName').exists()).toBe(false)
  })

  it('marks the field the core refused', async () => {
    const bridge = installMemberBridge({
      'members/get': memberRecord(),
      'members/update': new Refusal({
        code: 'input.invalid',
        params: { field: 'member.phoneMobile', reason: 'tooLong' },
      }),
    })
    const { wrapper } = await mountApp('/members/5')
    await type(wrapper, 'phoneMobile', '0171 1234567')
    await wrapper.find('[data-test=save-member]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('members/update')).toHaveLength(1)
    expect(field(wrapper, 'phoneMobile').text()).toContain('Zu lang.')
  })

  const offered: Record<MemberStatus, string[]> = {
    prospect: ['admit', 'resign', 'decease', 'exclude', 'transfer'],
    active: ['grantLeave', 'makeHonorary', 'resign', 'decease', 'exclude', 'transfer'],
    on_leave: ['endLeave', 'makeHonorary', 'resign', 'decease', 'exclude', 'transfer'],
    honorary: ['resign', 'decease', 'exclude', 'transfer'],
    former: ['rejoin'],
  }
  for (const [status, actions] of Object.entries(offered)) {
    it(`offers the status actions that fit a member who is ${status}`, async () => {
      installMemberBridge({ 'members/get': memberRecord({ status: status as MemberStatus }) })
      const { wrapper } = await mountApp('/members/5')
      const buttons = wrapper
        .findAll('[data-test=status-actions] button')
        .map((b) => b.attributes('data-test')?.replace('status-', ''))
      expect(buttons).toEqual(actions)
    })
  }

  it('records a resignation with its date and note through a dialog', async () => {
    const bridge = installMemberBridge({
      'members/get': memberRecord(),
      'members/changeStatus': memberRecord({
        status: 'former',
        leaveDate: '2026-12-31',
        leaveReason: 'resigned',
      }),
    })
    const { wrapper } = await mountApp('/members/5')
    await wrapper.find('[data-test=status-resign]').trigger('click')
    await flushPromises()
    const dialog = document.querySelector('[data-test=status-dialog]')
    expect(dialog?.textContent).toContain('Dr. Anna Schäfer tritt aus.')
    const note = dialog?.querySelector('textarea')
    if (note) {
      note.value = 'Umzug nach Hamburg'
      note.dispatchEvent(new Event('input'))
    }
    ;(dialog?.querySelector('[data-test=status-confirm]') as HTMLElement).click()
    await flushPromises()
    expect(bridge.callsOf('members/changeStatus')[0]).toMatchObject({
      id: 5,
      action: 'resign',
      note: 'Umzug nach Hamburg',
    })
    expect(wrapper.find('[data-test=status-actions]').text()).toContain(
      'Ausgeschieden am 31.12.2026',
    )
  })
})
