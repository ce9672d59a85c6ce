import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises } from '@vue/test-utils'
import type { AttendanceCode } from '../../src/api/meetings.ts'
import { installMemberBridge, Refusal } from './memberBridge.ts'
import { meetingSettings, rotaryCodes } from './meetingsBridge.ts'
import { body, click, find, text, type } from './meetingsDom.ts'
import { mountApp } from './mountApp.ts'

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

const card = () => find('meeting-settings-card')
const rows = () => [...(find('codes-editor')?.querySelectorAll('tbody tr') ?? [])]
const input = (row: number, test: string) =>
  rows()[row - 1]?.querySelector(`[data-test=${test}] input`) as HTMLInputElement
const keys = () => rows().map((_, i) => input(i + 1, 'code-key').value)

async function typeInto(element: HTMLInputElement, value: string): Promise<void> {
  element.value = value
  element.dispatchEvent(new Event('input'))
  await flushPromises()
}

const meanings = () =>
  rows().map((row) => text(row.querySelector('[data-test=code-meaning] .n-base-selection')))

function codeAnswers(saveCodes: (input: Record<string, unknown>[]) => unknown) {
  return {
    'policy/get': policy,
    'meetings/settings': meetingSettings,
    'meetings/codes': rotaryCodes,
    'meetings/saveCodes': (input: unknown) => saveCodes(input as Record<string, unknown>[]),
  }
}

/** The codes as the core hands them back: numbered and in the order given. */
function savedCodes(input: Record<string, unknown>[]): AttendanceCode[] {
  return input.map((code, i) => ({
    ...(code as Omit<AttendanceCode, 'id' | 'sortOrder'>),
    id: (code['id'] as number | null) ?? 100 + i,
    sortOrder: i + 1,
  }))
}

describe('the meeting settings card', () => {
  it('saves the club’s rules; the meetings view shows the referrals tab at once', async () => {
    const bridge = installMemberBridge({
      'policy/get': policy,
      'meetings/settings': meetingSettings,
      'meetings/codes': rotaryCodes,
      'meetings/saveSettings': (input: Record<string, unknown>) => input,
      'meetings/list': [],
      'meetings/series': [],
    })
    const tabs = () => [...document.querySelectorAll('[role=tab]')].map((tab) => text(tab))
    const { router } = await mountApp('/meetings')
    expect(tabs()).not.toContain('Empfehlungen')
    await router.push('/settings')
    await flushPromises()
    expect(text(card()?.querySelector('.n-card-header'))).toBe('Treffen und Anwesenheit')
    const threshold = '[data-test=settings-threshold] input'
    expect((document.querySelector(threshold) as HTMLInputElement).value).toBe('60')
    expect(find('settings-meetings-save')?.hasAttribute('disabled')).toBe(true)

    await type(threshold, '75')
    await type('[data-test=settings-absence-limit] input', '4')
    await click('settings-showReferrals')
    expect(text(card())).toContain('Nicht gespeicherte Änderungen')
    await click('settings-meetings-save')
    expect(bridge.callsOf('meetings/saveSettings')).toEqual([
      { thresholdPercent: 75, absenceLimit: 4, showReferrals: true, expectHonorary: false },
    ])
    expect(body()).toContain('Gespeichert.')
    expect(find('settings-meetings-save')?.hasAttribute('disabled')).toBe(true)

    // The meetings view read its settings before: it shows the new tab without asking again.
    await router.push('/meetings')
    await flushPromises()
    expect(tabs()).toContain('Empfehlungen')
    expect(bridge.callsOf('meetings/settings')).toHaveLength(2)
  })

  it('reorders the codes and adds one, checking its key as it is typed', async () => {
    const bridge = installMemberBridge(codeAnswers(() => undefined))
    await mountApp('/settings')
    expect(keys()).toEqual(['p', 'a', 'e', 'm', 'u'])
    expect(meanings()).toEqual(['Anwesend', 'Abwesend', 'Entschuldigt', 'Nachgeholt', 'Beurlaubt'])

    ;(rows()[0]?.querySelector('[data-test=code-down]') as HTMLElement).click()
    await flushPromises()
    expect(keys()).toEqual(['a', 'p', 'e', 'm', 'u'])

    // A new code means what the club has none for yet and is labelled in both languages.
    await click('code-add')
    expect(meanings().at(-1)).toBe('Verspätet')
    expect(input(6, 'code-label-de').value).toBe('Verspätet')
    expect(input(6, 'code-label-en').value).toBe('Late')
    await click('codes-save')
    expect(text(find('codes-problem'))).toBe(
      'Zeile 6: Die Taste ist ein Buchstabe oder eine Ziffer.',
    )
    await typeInto(input(6, 'code-key'), 'p')
    expect(text(find('codes-problem'))).toBe(
      'Zeile 2: Die Taste „p“ hat schon ein anderer aktiver Code.',
    )
    await typeInto(input(6, 'code-key'), 'l')
    expect(find('codes-problem')).toBeNull()
    expect(bridge.callsOf('meetings/saveCodes')).toEqual([])
  })

  it('sends the codes in their order and marks the row the core refused', async () => {
    let refuse = true
    const bridge = installMemberBridge(
      codeAnswers((input) => {
        if (!refuse) return savedCodes(input)
        refuse = false
        return new Refusal({ code: 'attendance.codeKeyTaken', params: { key: 'u', row: 5 } })
      }),
    )
    await mountApp('/settings')
    ;(rows()[1]?.querySelector('[data-test=code-up]') as HTMLElement).click()
    await flushPromises()
    await click('codes-save')
    expect(body()).toContain('Die Taste „u“ ist mehreren aktiven Codes zugeordnet (Zeile 5).')
    expect(rows()[4]?.querySelector('[data-test=code-key]')?.className).toContain('error')

    await click('codes-save')
    const sent = bridge.callsOf('meetings/saveCodes') as unknown as AttendanceCode[][]
    expect(sent).toHaveLength(2)
    expect(sent[1]?.map(({ id, key }) => [id, key])).toEqual([
      [2, 'a'],
      [1, 'p'],
      [3, 'e'],
      [4, 'm'],
      [5, 'u'],
    ])
    expect(sent[1]?.[0]).toEqual({
      id: 2,
      meaning: 'absent',
      key: 'a',
      labelDe: 'Abwesend',
      labelEn: 'Absent',
      active: true,
    })
    expect(body()).toContain('Anwesenheitscodes gespeichert.')
    expect(find('codes-save')?.hasAttribute('disabled')).toBe(true)
  })
})
