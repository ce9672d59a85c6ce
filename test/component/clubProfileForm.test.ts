import { flushPromises, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { ClubProfile } from '../../src/api/club.ts'
import { clubProfile } from './fakeBridge.ts'
import { installMemberBridge } from './memberBridge.ts'
import { mountApp } from './mountApp.ts'

/** What `wrapper.get` hands back for an input. */
type Field = Omit<DOMWrapper<HTMLInputElement>, 'exists'>

afterEach(() => {
  document.body.innerHTML = ''
})

const policy = {
  mode: 'none',
  cap: 3,
  threshold: 20,
  percent: 25,
  countedStatuses: ['active'],
  level: null,
}

async function openSettings(profile: ClubProfile = clubProfile) {
  const bridge = installMemberBridge({
    'club/profile': profile,
    'policy/get': policy,
    'club/update': (input: Record<string, unknown>) => ({ ...profile, ...input }),
  })
  const { wrapper } = await mountApp('/settings')
  await flushPromises()
  return { wrapper, bridge }
}

async function type(input: Field, text: string): Promise<void> {
  await input.setValue(text)
  await input.trigger('blur')
  await flushPromises()
}

async function save(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('[data-test=save-profile]').trigger('click')
  await flushPromises()
}

function feedbackOf(input: Field): string {
  return (
    input.element.closest('.n-form-item')?.querySelector('.n-form-item-feedback')?.textContent ?? ''
  )
}

describe('the bank account in the club profile', () => {
  it('shows the stored IBAN grouped in fours under its own heading', async () => {
    const { wrapper } = await openSettings({
      ...clubProfile,
      bankName: 'Commerzbank Frankfurt',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
    })
    expect(wrapper.text()).toContain('Bankverbindung')
    expect(wrapper.get<HTMLInputElement>('#profile-bank-name').element.value).toBe(
      'Commerzbank Frankfurt',
    )
    expect(wrapper.get<HTMLInputElement>('#profile-iban').element.value).toBe(
      'DE89 3704 0044 0532 0130 00',
    )
    expect(wrapper.get<HTMLInputElement>('#profile-bic').element.value).toBe('COBADEFFXXX')
  })

  it('names a wrong IBAN or BIC at the field and saves nothing until both are right', async () => {
    const { wrapper, bridge } = await openSettings()
    const iban = wrapper.get<HTMLInputElement>('#profile-iban')
    const bic = wrapper.get<HTMLInputElement>('#profile-bic')

    await type(iban, 'DE89 3704 0044 0532 0130 01')
    expect(feedbackOf(iban)).toBe('Keine gültige IBAN: Länge oder Prüfziffer stimmt nicht.')
    await save(wrapper)
    expect(bridge.callsOf('club/update')).toEqual([])

    await type(iban, 'de89370400440532013000')
    expect(iban.element.value).toBe('DE89 3704 0044 0532 0130 00')
    expect(feedbackOf(iban)).toBe('')

    await type(bic, 'COBADEF')
    expect(feedbackOf(bic)).toBe('Kein gültiger BIC: 8 oder 11 Zeichen, z. B. COBADEFFXXX.')
    await type(bic, 'coba de ff')
    expect(bic.element.value).toBe('COBADEFF')
    expect(feedbackOf(bic)).toBe('')

    await save(wrapper)
    expect(bridge.callsOf('club/update')).toEqual([
      expect.objectContaining({ iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFF' }),
    ])
  })

  it('asks for a BIC only when the IBAN lies outside the EEA', async () => {
    const { wrapper, bridge } = await openSettings()
    const iban = wrapper.get<HTMLInputElement>('#profile-iban')
    const bic = wrapper.get<HTMLInputElement>('#profile-bic')
    await type(iban, 'TR330006100519786457841326')
    expect(feedbackOf(bic)).toBe('Für ein Konto außerhalb des EWR wird der BIC benötigt.')
    await type(iban, 'CH93 0076 2011 6238 5295 7')
    expect(feedbackOf(bic)).toBe('Für ein Konto außerhalb des EWR wird der BIC benötigt.')
    await save(wrapper)
    expect(bridge.callsOf('club/update')).toEqual([])

    await type(iban, 'AT61 1904 3002 3457 3201')
    expect(feedbackOf(bic)).toBe('')
    await save(wrapper)
    expect(bridge.callsOf('club/update')).toEqual([
      expect.objectContaining({ iban: 'AT61 1904 3002 3457 3201', bic: '' }),
    ])
  })
})
