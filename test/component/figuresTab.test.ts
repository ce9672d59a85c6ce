import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NDatePicker } from 'naive-ui'
import { installMemberBridge } from './memberBridge.ts'
import { attendanceReport, businessAnswers } from './businessBridge.ts'
import { body, click, find, text } from './meetingsDom.ts'
import { mountApp } from './mountApp.ts'
import { formatDate } from '../../src/ui/format.ts'
import { clubYearLabel, presetPeriod } from '../../src/ui/components/business/reportPeriods.ts'

// happy-dom draws no canvas: the chart stands in as an element that shows what it was given.
vi.mock('vue-chartjs', async () => {
  const { defineComponent, h } = await import('vue')
  return {
    Line: defineComponent({
      props: { data: { type: Object, required: true }, options: { type: Object, default: null } },
      setup(props, { attrs }) {
        return () =>
          h('canvas', {
            'data-test': 'chart-stub',
            'aria-label': attrs['aria-label'],
            'data-chart': JSON.stringify(props.data),
          })
      },
    }),
  }
})

afterEach(() => {
  document.body.innerHTML = ''
})

const cells = (row: Element | null | undefined) =>
  [...(row?.querySelectorAll('td') ?? [])].map((cell) => text(cell))
const headers = (test: string) =>
  [...(find(test)?.querySelectorAll('thead th') ?? [])].map((th) => text(th))
const rowOf = (test: string, name: string) =>
  [...(find(test)?.querySelectorAll('tbody tr') ?? [])].find((row) => text(row).includes(name))

interface ChartData {
  labels: string[]
  datasets: { label: string; data: (number | null)[] }[]
}
const chart = () => JSON.parse(find('chart-stub')?.getAttribute('data-chart') ?? '{}') as ChartData

async function pickDate(wrapper: VueWrapper, test: string, date: string): Promise<void> {
  const picker = wrapper
    .findAllComponents(NDatePicker)
    .find((p) => p.attributes('data-test') === test)
  picker?.vm.$emit('update:formatted-value', date)
  await flushPromises()
}

describe('the figures tab', () => {
  it('shows a Rotary club’s attendance, marks who is below the threshold and saves the PDF', async () => {
    const bridge = installMemberBridge(businessAnswers('rotary'))
    await mountApp('/meetings?tab=figures')
    const year = presetPeriod('clubYear', 7)
    expect(bridge.callsOf('attendance/report')).toEqual([year])
    const presets = [...(find('period')?.querySelectorAll('.n-radio-button') ?? [])]
    expect(presets.map((button) => text(button))).toEqual([
      `Clubjahr ${clubYearLabel(7, 0)}`,
      `Clubjahr ${clubYearLabel(7, 1)}`,
      'Halbjahr',
      'Letzte 6 Monate',
      'Frei wählen',
    ])
    expect(text(find('period-dates'))).toBe(
      `${formatDate(year.from, 'de')} – ${formatDate(year.to, 'de')}`,
    )

    expect(text(find('club-percent'))).toBe('71,4 %')
    expect(text(find('meeting-count'))).toBe('10')
    expect(text(find('flagged-count'))).toBe('1')
    expect(text(find('attendance-figures'))).toContain('Mitglieder unter 60 %')

    // Rotary's codes, and the late and substitute marks the period holds as well.
    expect(headers('attendance-members')).toEqual([
      'Mitglied',
      'Teilnahmen',
      'Anwesend',
      'Abwesend',
      'Entschuldigt',
      'Nachgeholt',
      'Beurlaubt',
      'Verspätet',
      'Vertretung',
      'Quote',
    ])
    expect(cells(rowOf('attendance-members', 'Anna'))).toEqual([
      'Anna Müller',
      '9 von 10',
      '8',
      '0',
      '1',
      '1',
      '0',
      '1',
      '0',
      '90,0 %',
    ])
    // Below the threshold: said in words with a warning sign, not by colour alone.
    const bernd = rowOf('attendance-members', 'Bernd')
    expect(text(bernd?.querySelector('.warning'))).toBe('unter 60 %')
    expect(bernd?.querySelector('.warning svg')).not.toBeNull()
    expect(bernd?.className).toContain('flagged')
    expect(rowOf('attendance-members', 'Clara')?.querySelector('.warning')).toBeNull()

    const drawn = chart()
    expect(find('chart-stub')?.getAttribute('aria-label')).toBe(
      'Anwesenheit des Clubs je Treffen, in Prozent der erwarteten Mitglieder',
    )
    expect(drawn.labels).toEqual(['07.07.', '14.07.', '21.07.'])
    expect(drawn.datasets.map((set) => set.label)).toEqual([
      'Anwesenheit je Treffen',
      'Mindestpräsenz 60 %',
    ])
    expect(drawn.datasets[0]?.data).toEqual([66.7, 100, null])
    expect(cells(find('chart-values')?.querySelector('tbody tr'))).toEqual([
      '07.07.2026',
      '2',
      '3',
      '66,7 %',
    ])

    // A Rotary club keeps no referrals: no chapter report.
    expect(find('chapter-report')).toBeNull()

    await click('figures-pdf')
    expect(bridge.callsOf('attendance/saveReport')).toEqual([{ range: year, open: true }])
    expect(body()).toContain('Gespeichert: /home/anna/Anwesenheit.pdf')
  })

  it('sorts the members by their rate', async () => {
    installMemberBridge(businessAnswers('rotary'))
    await mountApp('/meetings?tab=figures')
    const names = () =>
      [...(find('attendance-members')?.querySelectorAll('tbody tr') ?? [])].map((row) =>
        text(row.querySelector('.name > span')),
      )
    expect(names()).toEqual(['Anna Müller', 'Bernd Becker', 'Clara Özdemir'])
    const rate = [...(find('attendance-members')?.querySelectorAll('thead th') ?? [])].find(
      (th) => text(th) === 'Quote',
    ) as HTMLElement
    // Naive sorts the highest first, then the lowest.
    rate.click()
    await flushPromises()
    expect(names()).toEqual(['Anna Müller', 'Clara Özdemir', 'Bernd Becker'])
    rate.click()
    await flushPromises()
    expect(names()).toEqual(['Bernd Becker', 'Clara Özdemir', 'Anna Müller'])
  })

  it('asks again for each period: a preset or two dates of one’s own', async () => {
    const bridge = installMemberBridge(businessAnswers('rotary'))
    const { wrapper } = await mountApp('/meetings?tab=figures')
    await click('period-sixMonths')
    const six = presetPeriod('sixMonths', 7)
    expect(bridge.callsOf('attendance/report').at(-1)).toEqual(six)
    await click('period-previousYear')
    expect(bridge.callsOf('attendance/report').at(-1)).toEqual(presetPeriod('previousYear', 7))

    // Custom dates start from the period shown; a reversed range asks nothing.
    await click('period-custom')
    const asked = bridge.callsOf('attendance/report').length
    await pickDate(wrapper, 'period-from', '2026-01-01')
    expect(bridge.callsOf('attendance/report').at(-1)).toEqual({
      from: '2026-01-01',
      to: presetPeriod('previousYear', 7).to,
    })
    await pickDate(wrapper, 'period-to', '2025-12-01')
    expect(bridge.callsOf('attendance/report')).toHaveLength(asked + 1)
    expect(body()).toContain('Das Ende liegt vor dem Beginn.')
    await pickDate(wrapper, 'period-to', '2026-03-31')
    expect(bridge.callsOf('attendance/report').at(-1)).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    })
  })

  it('says how figures come about when no roll call was taken', async () => {
    installMemberBridge({
      ...businessAnswers('rotary'),
      'attendance/report': attendanceReport({
        meetings: 0,
        members: [],
        points: [],
        clubPercent: null,
      }),
    })
    const { router } = await mountApp('/meetings?tab=figures')
    const empty = text(find('figures-empty'))
    expect(empty).toContain('Noch keine Anwesenheit in diesem Zeitraum')
    expect(empty).toContain('Nehmen Sie im Reiter „Anwesenheit“ die Anwesenheit eines Treffens auf')
    expect(find('chart-stub')).toBeNull()
    expect(find('figures-pdf')?.hasAttribute('disabled')).toBe(true)
    await click('figures-to-rollcall')
    expect(router.currentRoute.value.query['tab']).toBe('rollCall')
  })

  it('counts PALMS for a BNI chapter and shows the chapter report with one TYFCB total', async () => {
    const bridge = installMemberBridge(businessAnswers('bni'))
    await mountApp('/meetings?tab=figures')
    const year = presetPeriod('clubYear', 1)
    expect(bridge.callsOf('referrals/chapterReport')).toEqual([year])
    expect(text(find('attendance-figures'))).toContain(
      'Mitglieder mit 3 oder mehr Fehlterminen in 6 Monaten',
    )
    expect(headers('attendance-members')).toEqual([
      'Mitglied',
      'Teilnahmen',
      'Anwesend',
      'Abwesend',
      'Entschuldigt',
      'Nachgeholt',
      'Beurlaubt',
      'Verspätet',
      'Krankheit',
      'Vertretung',
      'Quote',
      'Fehltermine (6 Monate)',
    ])
    // BNI warns by absences, not by the rate: Clara, not Bernd.
    const clara = rowOf('attendance-members', 'Clara')
    expect(cells(clara).at(-1)).toBe('3')
    expect(text(clara?.querySelector('.warning'))).toBe('3 Fehltermine – Grenze erreicht')
    expect(rowOf('attendance-members', 'Bernd')?.querySelector('.warning')).toBeNull()
    expect(chart().datasets).toHaveLength(1)

    const chapter = find('chapter-report')
    expect(text(chapter?.querySelector('h2'))).toBe('Chapter-Bericht')
    expect(headers('chapter-rows')).toEqual([
      'Mitglied',
      'Anwesenheit',
      'Empfehlungen',
      'Besucher',
      'Einzel\u00adgespräche',
      'Anwesend',
      'Abwesend',
      'Verspätet',
      'Krankheit',
      'Vertretung',
      'gegeben intern',
      'gegeben extern',
      'erhalten intern',
      'erhalten extern',
    ])
    expect(cells(rowOf('chapter-rows', 'Bernd'))).toEqual([
      'Bernd Becker',
      '7',
      '1',
      '1',
      '0',
      '0',
      '2',
      '3',
      '1',
      '1',
      '1',
      '2',
    ])
    expect(cells(rowOf('chapter-rows', 'Summe'))).toEqual([
      'Summe',
      '21',
      '3',
      '3',
      '1',
      '0',
      '6',
      '9',
      '3',
      '3',
      '3',
      '6',
    ])
    // The closed business shows once, as the chapter's total, never per member.
    expect(text(find('chapter-tyfcb')?.querySelector('.value'))).toBe('12.345,00 €')
    expect(text(find('chapter-tyfcb'))).toContain('Umsatz aus Empfehlungen (TYFCB), gesamt')
    expect(text(find('chapter-rows'))).not.toContain('€')

    await click('chapter-pdf')
    await click('chapter-xlsx')
    expect(bridge.callsOf('referrals/saveChapterReport')).toEqual([
      { range: year, format: 'pdf', open: true },
      { range: year, format: 'xlsx', open: false },
    ])
  })
})
