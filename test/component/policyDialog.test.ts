import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { PolicyViolation } from '../../src/api/sectors.ts'
import { Refusal, installMemberBridge, memberRecord } from './memberBridge.ts'
import { option, professions, sectorAnswers } from './sectorBridge.ts'
import { mountApp } from './mountApp.ts'
import SectorPicker from '../../src/ui/components/sectors/SectorPicker.vue'

afterEach(() => {
  document.body.innerHTML = ''
})

const tax = professions()[1]
if (tax === undefined) throw new Error('tree')
const violation: PolicyViolation = {
  classification: option(tax, ['Freiberufliche Dienstleistungen']),
  count: 2,
  limit: 1,
  holders: [{ id: 1, memberNumber: '0001', displayName: 'Dr. Anna Schäfer' }],
}

function dialog(): HTMLElement | null {
  return document.querySelector('[data-test=policy-dialog]')
}

function giveReason(text: string): void {
  const area = dialog()?.querySelector('textarea') as HTMLTextAreaElement
  area.value = text
  area.dispatchEvent(new Event('input'))
}

function press(test: string): void {
  ;(dialog()?.querySelector(`[data-test=${test}]`) as HTMLElement).click()
}

async function newMemberWithSector(wrapper: VueWrapper): Promise<void> {
  await wrapper.find('[data-field=lastName] input').setValue('Müller')
  const picker = wrapper
    .findAllComponents(SectorPicker)
    .find((p) => p.attributes('data-test') === 'field-sectorId')
  picker?.vm.$emit('update:value', 2)
  await flushPromises()
  await wrapper.find('[data-test=save-member]').trigger('click')
  await flushPromises()
}

describe('the classification policy before saving', () => {
  it('names the classification, the count and who holds it, and saves only with a reason', async () => {
    const bridge = installMemberBridge({
      ...sectorAnswers(),
      'policy/check': violation,
      'members/create': memberRecord({ id: 9, displayName: 'Jürgen Müller', sectorId: 2 }),
    })
    const { wrapper, router } = await mountApp('/members/new?kind=person')
    await newMemberWithSector(wrapper)
    expect(bridge.callsOf('members/create')).toHaveLength(0)
    const text = dialog()?.textContent ?? ''
    expect(text).toContain('Klassifikationsregel überschritten')
    expect(text).toContain(
      'Die Klassifikation „M-STB Steuerberatung“ hätte damit 2 Mitglieder – erlaubt sind 1.',
    )
    expect(dialog()?.querySelector('[data-test=policy-holders]')?.textContent).toContain(
      'Dr. Anna Schäfer (0001)',
    )
    const override = dialog()?.querySelector('[data-test=policy-override]') as HTMLButtonElement
    expect(override.disabled).toBe(true)
    giveReason('Vorstandsbeschluss vom 3. März')
    await flushPromises()
    expect(override.disabled).toBe(false)
    press('policy-override')
    await flushPromises()
    expect(bridge.callsOf('members/create')[0]).toMatchObject({
      member: { sectorId: 2, lastName: 'Müller' },
      override: 'Vorstandsbeschluss vom 3. März',
    })
    expect(dialog()).toBeNull()
    expect(router.currentRoute.value.fullPath).toBe('/members/9')
  })

  it('saves nothing when the user cancels', async () => {
    const bridge = installMemberBridge({ ...sectorAnswers(), 'policy/check': violation })
    const { wrapper } = await mountApp('/members/new?kind=person')
    await newMemberWithSector(wrapper)
    press('policy-cancel')
    await flushPromises()
    expect(dialog()).toBeNull()
    expect(bridge.callsOf('members/create')).toHaveLength(0)
    expect(wrapper.find('[data-test=save-member]').attributes('disabled')).toBeUndefined()
  })

  it('asks the same when the core refuses a save that raced another one', async () => {
    let refuse = true
    const bridge = installMemberBridge({
      ...sectorAnswers(),
      'members/get': memberRecord({ sectorId: null }),
      'members/update': () =>
        refuse
          ? ((refuse = false),
            new Refusal({
              code: 'policy.violated',
              params: {
                classification: 'M-STB Steuerberatung',
                count: 2,
                limit: 1,
                holders: 'Jürgen Müller',
              },
            }))
          : memberRecord({ sectorId: 2 }),
    })
    const { wrapper } = await mountApp('/members/5')
    const picker = wrapper
      .findAllComponents(SectorPicker)
      .find((p) => p.attributes('data-test') === 'field-sectorId')
    picker?.vm.$emit('update:value', 2)
    await flushPromises()
    await wrapper.find('[data-test=save-member]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('policy/check')).toEqual([{ memberId: 5, sectorId: 2, status: 'active' }])
    expect(dialog()?.textContent).toContain('Jürgen Müller')
    giveReason('Nachfolge geregelt')
    await flushPromises()
    press('policy-override')
    await flushPromises()
    const updates = bridge.callsOf('members/update')
    expect(updates).toHaveLength(2)
    expect(updates[0]).not.toHaveProperty('override')
    expect(updates[1]).toMatchObject({ id: 5, override: 'Nachfolge geregelt' })
  })

  it('checks an admission that makes a prospect count, and sends the reason along', async () => {
    const bridge = installMemberBridge({
      ...sectorAnswers(),
      'members/get': memberRecord({ status: 'prospect', sectorId: 2 }),
      'policy/check': violation,
      'members/changeStatus': memberRecord({ status: 'active', sectorId: 2 }),
    })
    const { wrapper } = await mountApp('/members/5')
    await wrapper.find('[data-test=status-admit]').trigger('click')
    await flushPromises()
    ;(document.querySelector('[data-test=status-confirm]') as HTMLElement).click()
    await flushPromises()
    expect(bridge.callsOf('policy/check')).toEqual([{ memberId: 5, sectorId: 2, status: 'active' }])
    expect(bridge.callsOf('members/changeStatus')).toHaveLength(0)
    giveReason('Einstimmig aufgenommen')
    await flushPromises()
    press('policy-override')
    await flushPromises()
    expect(bridge.callsOf('members/changeStatus')[0]).toMatchObject({
      id: 5,
      action: 'admit',
      override: 'Einstimmig aufgenommen',
    })
  })

  it('does not ask before a member leaves', async () => {
    const bridge = installMemberBridge({
      ...sectorAnswers(),
      'members/get': memberRecord({ sectorId: 2 }),
      'policy/check': violation,
      'members/changeStatus': memberRecord({ status: 'former', leaveDate: '2026-12-31' }),
    })
    const { wrapper } = await mountApp('/members/5')
    await wrapper.find('[data-test=status-resign]').trigger('click')
    await flushPromises()
    ;(document.querySelector('[data-test=status-confirm]') as HTMLElement).click()
    await flushPromises()
    expect(bridge.callsOf('policy/check')).toHaveLength(0)
    expect(bridge.callsOf('members/changeStatus')).toHaveLength(1)
  })

  it('shows an override and a merge in the member’s history in plain words', async () => {
    installMemberBridge({
      ...sectorAnswers(),
      'members/get': memberRecord({
        history: [
          {
            at: '2026-11-02T10:00:00.000Z',
            action: 'policyOverride',
            field: 'sectorId',
            oldValue: null,
            newValue: 'M-STB Steuerberatung',
            note: 'Vorstandsbeschluss',
          },
          {
            at: '2026-11-01T10:00:00.000Z',
            action: 'sectorMerge',
            field: 'sectorId',
            oldValue: 'C-DRU Druckerei',
            newValue: 'C-MED Medien und Druck',
            note: null,
          },
        ],
      }),
    })
    const { wrapper } = await mountApp('/members/5')
    const items = wrapper.findAll('[data-test=history] li').map((li) => li.text())
    expect(items[0]).toContain('Klassifikationsregel mit Begründung übergangen')
    expect(items[0]).toContain('Klassifikation: M-STB Steuerberatung')
    expect(items[0]).toContain('Begründung: Vorstandsbeschluss')
    expect(items[1]).toContain('Branche zusammengeführt')
    expect(items[1]).toContain('Branche: C-DRU Druckerei → C-MED Medien und Druck')
  })
})

describe('the policy settings', () => {
  it('offers the old Rotary rule as a preset and saves the policy', async () => {
    const bridge = installMemberBridge({
      ...sectorAnswers(),
      'policy/get': {
        mode: 'none',
        cap: 3,
        threshold: 20,
        percent: 25,
        countedStatuses: ['active'],
        level: null,
      },
      'policy/save': (input: Record<string, unknown>) => input,
    })
    const { wrapper } = await mountApp('/settings')
    await flushPromises()
    const editor = wrapper.find('[data-test=policy-editor]')
    expect(editor.text()).toContain('Keine Regel')
    expect(editor.find('[data-test=policy-numbers]').exists()).toBe(false)
    await editor.find('[data-test=policy-mode-capped] input').trigger('change')
    await flushPromises()
    await editor.find('[data-test=policy-preset]').trigger('click')
    await flushPromises()
    expect(editor.find('[data-test=policy-numbers]').text()).toContain(
      'Höchstens 5 Mitglieder je Klassifikation; hat der Club mehr als 50 Mitglieder, höchstens 10 % der Mitglieder.',
    )
    // Former members are never counted, so they are not offered.
    const statuses = editor.findAll('[data-test^=policy-status-]').map((c) => c.text())
    expect(statuses).toEqual(['Interessent', 'Aktiv', 'Ehrenmitglied', 'Beurlaubt'])
    await editor.find('[data-test=policy-status-on_leave]').trigger('click')
    await editor.find('[data-test=policy-level-level] input').trigger('change')
    await flushPromises()
    await editor.find('form').trigger('submit')
    await flushPromises()
    expect(bridge.callsOf('policy/save')).toEqual([
      {
        mode: 'capped',
        cap: 5,
        threshold: 50,
        percent: 10,
        countedStatuses: ['active', 'on_leave'],
        level: 2,
      },
    ])
  })
})
