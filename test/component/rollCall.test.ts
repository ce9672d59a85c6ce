import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NDatePicker } from 'naive-ui'
import type { RollCall } from '../../src/api/attendance.ts'
import { installMemberBridge } from './memberBridge.ts'
import { dayFromToday, meetingsAnswers, rollCall, rollCallRow, visit } from './meetingsBridge.ts'
import {
  body,
  choose,
  click,
  confirmDialog,
  find,
  focusedRow,
  press,
  text,
  type,
} from './meetingsDom.ts'
import { mountApp } from './mountApp.ts'
import { formatDate } from '../../src/ui/format.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

const blank = { makeUpDate: '', makeUpClub: '', substituteName: '', note: '' }
const mark = (memberId: number, codeId: number | null, extra = {}) => ({
  meetingId: 2,
  mark: { ...blank, memberId, codeId, ...extra },
})
const state = (memberId: number) => text(find(`rollcall-state-${memberId}`))
const figure = (name: string) => text(find(`figure-${name}`)?.querySelector('dd'))
const markOf = (memberId: number) =>
  text(find(`rollcall-row-${memberId}`)?.querySelector('[data-test=rollcall-mark]'))

describe('the roll call', () => {
  it('is done with the keyboard alone: a key marks and moves on, each mark is saved', async () => {
    const bridge = installMemberBridge(meetingsAnswers())
    const { wrapper } = await mountApp('/meetings?tab=rollCall&meeting=2')
    const legend = [...(find('rollcall-legend')?.querySelectorAll('.entry') ?? [])].map(text)
    expect(legend.slice(0, 5)).toEqual([
      'P Anwesend',
      'A Abwesend',
      'E Entschuldigt',
      'M Nachgeholt',
      'U Beurlaubt',
    ])
    expect(legend).toContain('⌫ Eintrag löschen')
    expect(figure('marked')).toBe('0 von 4')
    // Opened for this meeting: the first member without a mark has the focus.
    expect(focusedRow()).toBe('rollcall-row-11')

    await press('p')
    expect(bridge.callsOf('attendance/mark')).toEqual([mark(11, 1)])
    expect(markOf(11)).toBe('Anwesend')
    expect(state(11)).toBe('gespeichert')
    expect(focusedRow()).toBe('rollcall-row-12')

    await press('j')
    expect(focusedRow()).toBe('rollcall-row-13')
    await press('k')
    await press('A')
    expect(bridge.callsOf('attendance/mark')[1]).toEqual(mark(12, 2))
    expect(focusedRow()).toBe('rollcall-row-13')

    await press('ArrowDown')
    await press('e')
    expect(bridge.callsOf('attendance/mark')[2]).toEqual(mark(14, 3))
    // The last row keeps the focus; Backspace clears its mark again.
    expect(focusedRow()).toBe('rollcall-row-14')
    await press('Backspace')
    expect(bridge.callsOf('attendance/mark')[3]).toEqual(mark(14, null))
    expect(markOf(14)).toBe('nicht erfasst')

    // A make-up needs its date and club: the key opens the fields, Enter saves them.
    await press('ArrowUp')
    await press('m')
    expect(bridge.callsOf('attendance/mark')).toHaveLength(4)
    const details = find('mark-details')
    expect(details).not.toBeNull()
    expect(document.activeElement?.closest('[data-test=mark-details]')).toBe(details)
    details?.dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(text(details)).toContain('Zum Nachholen bitte Datum und Club angeben.')
    const picker = wrapper.findAllComponents(NDatePicker).at(-1)
    picker?.vm.$emit('update:formatted-value', dayFromToday(-8))
    await type('[data-test=makeup-club] input', 'RC Nachbarstadt')
    find('mark-details')?.dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(bridge.callsOf('attendance/mark')[4]).toEqual(
      mark(13, 4, { makeUpDate: dayFromToday(-8), makeUpClub: 'RC Nachbarstadt' }),
    )
    expect(markOf(13)).toBe(
      `Nachgeholtam ${formatDate(dayFromToday(-8), 'de')} bei RC Nachbarstadt`,
    )
    expect(focusedRow()).toBe('rollcall-row-14')
    expect(figure('marked')).toBe('3 von 4')
    expect(figure('present')).toBe('1')
  })

  it('asks a BNI chapter for the substitute’s name before saving a substitute', async () => {
    const palms = ['present', 'absent', 'late', 'medical', 'substitute'] as const
    const codes = palms.map((meaning, i) => ({
      id: 11 + i,
      meaning,
      key: 'palms'[i] ?? '',
      labelDe: meaning,
      labelEn: meaning,
      active: true,
      sortOrder: i,
    }))
    const call: RollCall = { ...rollCall(), codes }
    const bridge = installMemberBridge(meetingsAnswers(call))
    await mountApp('/meetings?tab=rollCall&meeting=2')
    await press('l')
    expect(bridge.callsOf('attendance/mark')).toEqual([mark(11, 13)])
    await press('s')
    expect(bridge.callsOf('attendance/mark')).toHaveLength(1)
    await type('[data-test=substitute-name] input', 'Max Vertreter')
    find('mark-details')?.dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(bridge.callsOf('attendance/mark')[1]).toEqual(
      mark(12, 15, { substituteName: 'Max Vertreter' }),
    )
    expect(markOf(12)).toContain('vertreten durch Max Vertreter')

    // Enter on a substitute's row opens the name again; Esc leaves it unchanged.
    await press('k')
    await press('Enter')
    const input = document.querySelector('[data-test=substitute-name] input') as HTMLInputElement
    expect(input.value).toBe('Max Vertreter')
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await flushPromises()
    expect(find('mark-details')).toBeNull()
    expect(focusedRow()).toBe('rollcall-row-12')
    expect(bridge.callsOf('attendance/mark')).toHaveLength(2)
  })

  it('opens the latest meeting held so far when none is asked for', async () => {
    const bridge = installMemberBridge(meetingsAnswers())
    const { router } = await mountApp('/meetings?tab=rollCall')
    // Meeting 3 was yesterday but cancelled, meeting 4 lies ahead: meeting 2 it is.
    expect(router.currentRoute.value.query['meeting']).toBe('2')
    expect(bridge.callsOf('attendance/rollCall')).toEqual([{ meetingId: 2, includeOthers: false }])
    expect(focusedRow()).toBe('')

    await click('rollcall-others')
    expect(bridge.callsOf('attendance/rollCall')[1]).toEqual({ meetingId: 2, includeOthers: true })
  })

  it('marks everyone not yet marked as present in one go', async () => {
    const call: RollCall = {
      ...rollCall(),
      rows: [
        rollCallRow(11, 'Anna Müller', { codeId: 2 }),
        rollCallRow(12, 'Bernd Becker'),
        rollCallRow(13, 'Clara Özdemir', { status: 'honorary', expected: false }),
      ],
    }
    const bridge = installMemberBridge({ ...meetingsAnswers(call), 'attendance/markMany': call })
    await mountApp('/meetings?tab=rollCall&meeting=2')
    await click('rollcall-rest')
    expect(bridge.callsOf('attendance/markMany')).toEqual([
      { meetingId: 2, marks: [{ ...blank, memberId: 12, codeId: 1 }] },
    ])
    expect(body()).toContain('Ein Mitglied als anwesend eingetragen.')
  })

  it('takes no marks for a meeting still ahead', async () => {
    const ahead = rollCall({ id: 4, date: dayFromToday(2) })
    const bridge = installMemberBridge(meetingsAnswers(ahead))
    await mountApp('/meetings?tab=rollCall&meeting=4')
    expect(text(find('rollcall-notice'))).toContain('Dieses Treffen liegt in der Zukunft.')
    await press('p')
    expect(bridge.callsOf('attendance/mark')).toEqual([])
    expect(body()).toContain('kann (noch) keine Anwesenheit erfasst werden')
  })

  it('says where meetings come from when the year has none', async () => {
    installMemberBridge({ ...meetingsAnswers(), 'meetings/list': [] })
    const { router } = await mountApp('/meetings?tab=rollCall')
    expect(text(find('rollcall-empty'))).toContain('Noch keine Treffen')
    ;(find('rollcall-empty')?.querySelector('button') as HTMLButtonElement).click()
    await flushPromises()
    expect(router.currentRoute.value.query['tab']).toBe('meetings')
  })

  it('adds a new guest with the member who invited them', async () => {
    const bridge = installMemberBridge({ ...meetingsAnswers(), 'guests/recordVisit': {} })
    const { wrapper } = await mountApp('/meetings?tab=rollCall&meeting=2')
    expect(text(find('visits-none'))).toContain('noch keine Gäste')
    await click('visit-add')
    await type('[data-test=guest-firstName] input', 'Hanna')
    await type('[data-test=guest-lastName] input', 'Neu')
    await type('[data-test=guest-company] input', 'Neu GmbH')
    await choose(wrapper, 'visit-inviter', 11)
    await click('visit-save')
    expect(bridge.callsOf('guests/recordVisit')).toEqual([
      {
        meetingId: 2,
        guestId: null,
        guest: {
          id: null,
          firstName: 'Hanna',
          lastName: 'Neu',
          company: 'Neu GmbH',
          sector: '',
          email: '',
          phone: '',
          note: '',
        },
        invitedById: 11,
      },
    ])
    expect(bridge.callsOf('attendance/rollCall')).toHaveLength(2)
    expect(body()).toContain('Hanna Neu als Gast eingetragen.')
  })

  it('turns a guest of the meeting into a prospect member and links to them', async () => {
    const bridge = installMemberBridge(meetingsAnswers(rollCall({}, [visit()])))
    await mountApp('/meetings?tab=rollCall&meeting=2')
    const row = text(find('visit-31'))
    expect(row).toContain('Gustav Gast')
    expect(row).toContain('2. Besuch')
    expect(row).toContain('eingeladen von Anna Müller')
    expect(figure('guests')).toBe('1')

    await click('visit-convert-31')
    expect(bridge.callsOf('guests/convert')).toEqual([])
    await confirmDialog('Aufnehmen')
    expect(bridge.callsOf('guests/convert')).toEqual([{ id: 7 }])
    expect(text(find('converted-notice'))).toContain('Gustav Gast ist jetzt Interessent')
    expect(find('converted-link')?.getAttribute('href')).toBe('#/members/61')
    expect(find('visit-member-31')?.getAttribute('href')).toBe('#/members/61')
  })
})
