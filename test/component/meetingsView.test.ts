import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NDropdown } from 'naive-ui'
import type { MeetingSeries } from '../../src/api/meetings.ts'
import { installMemberBridge } from './memberBridge.ts'
import {
  guest,
  meetingSettings,
  meetingsAnswers,
  weeklySeries,
  yearMeetings,
} from './meetingsBridge.ts'
import { body, click, confirmDialog, find, text, type } from './meetingsDom.ts'
import { mountApp } from './mountApp.ts'
import { clubYearAround } from '../../src/ui/components/meetings/clubYears.ts'
import { dateWithWeekday } from '../../src/ui/components/meetings/meetingWording.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

const year = clubYearAround(7)
const tabs = () => [...document.querySelectorAll('[role=tab]')].map((tab) => text(tab))

describe('the meetings view', () => {
  it('offers a series in an empty club year, saves it and generates the year from it', async () => {
    let series: MeetingSeries[] = []
    const bridge = installMemberBridge({
      ...meetingsAnswers(),
      'meetings/list': [],
      'meetings/series': () => series,
      'meetings/saveSeries': () => (series = [{ ...weeklySeries, name: 'Lunch', meetingCount: 0 }]),
      'meetings/generate': { created: 48, kept: 0, skipped: 4 },
    })
    const { wrapper } = await mountApp('/meetings')
    expect(wrapper.find('h1').text()).toBe('Treffen')
    expect(tabs()).toEqual(['Termine', 'Anwesenheit', 'Gäste', 'Auswertung'])
    expect(text(find('year-label'))).toBe(`Clubjahr ${year.label}`)
    expect(bridge.callsOf('meetings/list')).toEqual([{ from: year.start, to: year.end }])
    expect(text(find('meetings-empty'))).toContain(`Noch keine Termine im Clubjahr ${year.label}`)

    await click('series-create')
    const dialog = find('series-dialog')
    expect(text(dialog)).toContain('Neue Terminreihe')
    await type('[data-test=series-name] input', 'Lunch')
    await type('[data-test=series-start-time] input', '1230')
    await type('[data-test=series-end-time] input', '14')
    await type('[data-test=series-place] input', 'Hotel zur Post')
    await click('series-save')
    expect(bridge.callsOf('meetings/saveSeries')).toEqual([
      {
        id: null,
        name: 'Lunch',
        weekday: 2,
        interval: 'weekly',
        nth: null,
        startTime: '12:30',
        endTime: '14:00',
        place: 'Hotel zur Post',
        type: 'regular',
        startDate: year.start,
        endDate: '',
        skipDates: [],
      },
    ])
    // "Generate right away" is ticked for a new series.
    expect(bridge.callsOf('meetings/generate')).toEqual([
      { seriesId: 1, from: year.start, to: year.end },
    ])
    expect(body()).toContain(
      `„Lunch“, Clubjahr ${year.label}: 48 Termine angelegt, 0 schon vorhanden, 4 an Ausfalltagen übersprungen.`,
    )
  })

  it('refuses a series without a name or with a time that is none', async () => {
    const bridge = installMemberBridge({ ...meetingsAnswers(), 'meetings/list': [] })
    await mountApp('/meetings')
    await click('series-add')
    await type('[data-test=series-name] input', ' ')
    await type('[data-test=series-start-time] input', '25:00')
    await click('series-save')
    const dialog = text(find('series-dialog'))
    expect(dialog).toContain('Bitte eine Bezeichnung angeben')
    expect(dialog).toContain('Bitte eine Uhrzeit wie 19:30 eingeben.')
    expect(bridge.callsOf('meetings/saveSeries')).toEqual([])
  })

  it('lists the year with weekday, attendance, guests and cancellations', async () => {
    installMemberBridge(meetingsAnswers())
    await mountApp('/meetings')
    expect(text(find('meetings-summary'))).toBe(`4 Termine im Clubjahr ${year.label}`)
    const [first, , cancelled] = yearMeetings()
    const rows = [...document.querySelectorAll('[data-test=meeting-rows] tbody tr')].map(text)
    expect(rows[0]).toContain(dateWithWeekday(first?.date ?? '', 'de'))
    expect(rows[0]).toContain('12:30–14:00')
    expect(rows[0]).toContain('Clubtreffen')
    expect(rows[0]).toContain('Wasser für Afrika — Dr. Eva Brunner')
    expect(rows[0]).toContain('18/24')
    expect(rows[2]).toContain(dateWithWeekday(cancelled?.date ?? '', 'de'))
    expect(rows[2]).toContain('Abgesagt Feiertag')
    expect(document.querySelectorAll('tr.cancelled')).toHaveLength(1)
    expect(text(find('series-1'))).toContain('jeden Dienstag, 12:30–14:00')
    expect(text(find('series-1'))).toContain('48 Termine')
  })

  it('shows the referrals tab only to clubs that keep referrals', async () => {
    installMemberBridge({
      ...meetingsAnswers(),
      'meetings/settings': { ...meetingSettings, showReferrals: true },
    })
    await mountApp('/meetings?tab=business')
    expect(tabs()).toEqual(['Termine', 'Anwesenheit', 'Gäste', 'Empfehlungen', 'Auswertung'])
    expect(document.querySelector('[role=tab][aria-selected=true]')?.textContent).toContain(
      'Empfehlungen',
    )
  })

  it('opens the roll call of a meeting from the list', async () => {
    const bridge = installMemberBridge(meetingsAnswers())
    const { router } = await mountApp('/meetings')
    await click('meeting-rollcall-2')
    expect(router.currentRoute.value.query).toEqual({ tab: 'rollCall', meeting: '2' })
    expect(bridge.callsOf('attendance/rollCall')).toEqual([{ meetingId: 2, includeOthers: false }])
    expect(find('rollcall-list')).not.toBeNull()
  })

  it('cancels a meeting with a reason; one with a roll call cannot be deleted', async () => {
    const bridge = installMemberBridge({ ...meetingsAnswers(), 'meetings/setStatus': {} })
    const { wrapper } = await mountApp('/meetings')
    const menus = wrapper.findAllComponents(NDropdown)
    const options = (i: number) =>
      (menus[i]?.props('options') as { key: string; disabled?: boolean }[]).map((o) =>
        o.disabled === true ? `${o.key} (disabled)` : o.key,
      )
    expect(options(0)).toEqual(['edit', 'print', 'cancel', 'delete (disabled)'])
    expect(options(1)).toEqual(['edit', 'print', 'cancel', 'delete'])
    expect(options(2)).toEqual(['edit', 'print (disabled)', 'restore', 'delete'])

    menus[1]?.vm.$emit('select', 'cancel')
    await flushPromises()
    expect(text(find('cancel-dialog'))).toContain('wird abgesagt')
    await type('[data-test=cancel-reason] input', 'Sturmwarnung')
    await click('cancel-confirm')
    expect(bridge.callsOf('meetings/setStatus')).toEqual([
      { id: 2, status: 'cancelled', reason: 'Sturmwarnung' },
    ])
    expect(bridge.callsOf('meetings/list')).toHaveLength(2)

    menus[2]?.vm.$emit('select', 'restore')
    await flushPromises()
    expect(bridge.callsOf('meetings/setStatus')[1]).toEqual({
      id: 3,
      status: 'scheduled',
      reason: '',
    })
  })

  it('edits a meeting: programme, minutes and attachments', async () => {
    const bridge = installMemberBridge({ ...meetingsAnswers(), 'meetings/save': {} })
    await mountApp('/meetings')
    await click('meeting-open-2')
    expect(text(find('meeting-drawer'))).toContain('Termin am')
    await type('[data-test=meeting-topic] input', 'Jahresplanung')
    await type('[data-test=meeting-speaker] input', 'Präsidentin')
    await type('[data-test=meeting-minutes] textarea', 'Beschlossen: Sommerfest.')
    await type('[data-test=meeting-attachment-path] input', '/home/club/agenda.pdf')
    await click('meeting-attachment-add')
    await click('meeting-save')
    const [, second] = yearMeetings()
    expect(bridge.callsOf('meetings/save')).toEqual([
      {
        id: 2,
        date: second?.date,
        startTime: '12:30',
        endTime: '14:00',
        place: 'Hotel zur Post',
        type: 'regular',
        partnerClub: '',
        speaker: 'Präsidentin',
        topic: 'Jahresplanung',
        minutes: 'Beschlossen: Sommerfest.',
        attachments: ['/home/club/agenda.pdf'],
      },
    ])
  })

  it('exports the club year as a calendar file', async () => {
    const bridge = installMemberBridge({
      ...meetingsAnswers(),
      'meetings/exportIcs': { path: '/home/anna/treffen.ics' },
    })
    await mountApp('/meetings')
    await click('meetings-ics')
    expect(bridge.callsOf('meetings/exportIcs')).toEqual([{ from: year.start, to: year.end }])
    expect(body()).toContain('Kalender gespeichert: /home/anna/treffen.ics')
  })

  it('lists the guests, and says how guests come in when there are none', async () => {
    const bridge = installMemberBridge({ ...meetingsAnswers(), 'guests/list': [] })
    await mountApp('/meetings?tab=guests')
    expect(text(find('guests-empty'))).toContain('Noch keine Gäste')
    expect(bridge.callsOf('guests/list')).toEqual([{ search: '' }])
  })

  it('converts a guest from the guest list and links to the new member', async () => {
    const bridge = installMemberBridge({
      ...meetingsAnswers(),
      'guests/list': [guest(), guest({ id: 8, firstName: 'Ida', lastName: 'Alt', memberId: 40 })],
    })
    await mountApp('/meetings?tab=guests')
    const rows = text(find('guest-rows'))
    expect(rows).toContain('Gustav GastGast & Partner')
    expect(rows).toContain('Anna Müller')
    expect(find('guest-member-8')?.getAttribute('href')).toBe('#/members/40')

    await click('guest-convert-7')
    expect(text(document.querySelector('.n-dialog'))).toContain(
      'Anna Müller wird als Pate eingetragen.',
    )
    await confirmDialog('Aufnehmen')
    expect(bridge.callsOf('guests/convert')).toEqual([{ id: 7 }])
    expect(text(find('converted-notice'))).toContain(
      'Gustav Gast ist jetzt Interessent (Mitgliedsnummer M-0061).',
    )
    expect(find('converted-link')?.getAttribute('href')).toBe('#/members/61')
    expect(find('guest-member-7')?.getAttribute('href')).toBe('#/members/61')
  })
})
