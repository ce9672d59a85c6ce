import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NDatePicker, NSelect } from 'naive-ui'
import type { VueWrapper } from '@vue/test-utils'
import { installMemberBridge, listAnswer, memberRecord, Refusal } from './memberBridge.ts'
import {
  account,
  accountWithReversal,
  duesAnswers,
  feeTypes,
  mandate,
  sepaSettings,
} from './duesBridge.ts'
import MemberMultiPicker from '../../src/ui/components/dues/MemberMultiPicker.vue'
import { mountApp } from './mountApp.ts'
import { formatDate, todayIso } from '../../src/ui/format.ts'
import { suggestedPeriods } from '../../src/ui/components/dues/periods.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

/** Intl writes a no-break space between amount and euro sign; the tests read a plain one. */
const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
const body = () => text(document.body)
const find = (test: string) => document.querySelector(`[data-test=${test}]`)

async function type(selector: string, value: string): Promise<void> {
  const input = document.querySelector(selector) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
  input.dispatchEvent(new Event('blur'))
  await flushPromises()
}

async function click(test: string): Promise<void> {
  ;(find(test) as HTMLElement).click()
  await flushPromises()
}

/** The newest of Naive's dialogs (useDialog); one just answered may still be fading out. */
const lastDialog = () => [...document.querySelectorAll('.n-dialog')].at(-1)

/** The confirm button of the newest dialog, found by its text. */
async function confirmDialog(label: string): Promise<void> {
  const button = [...(lastDialog()?.querySelectorAll('button') ?? [])].find(
    (b) => text(b) === label,
  ) as HTMLButtonElement
  button.click()
  await flushPromises()
}

/** Naive's select by its data-test, told a value as if the user had picked it. */
async function choose(wrapper: VueWrapper, test: string, value: unknown): Promise<void> {
  const select = wrapper.findAllComponents(NSelect).find((s) => s.attributes('data-test') === test)
  select?.vm.$emit('update:value', value)
  await flushPromises()
}

/** The extra charge answers like the core: one charge per member, all of the same amount. */
function extraAnswer(input: Record<string, unknown>) {
  const created = (input['memberIds'] as number[]).length
  return { created, totalCents: created * Number(input['amountCents']) }
}

describe('the dues view', () => {
  it('shows the fee schedules with history and adds one with a checked amount', async () => {
    const bridge = installMemberBridge(duesAnswers())
    const { wrapper } = await mountApp('/dues')
    expect(wrapper.find('h1').text()).toBe('Beiträge')
    const tabs = wrapper.findAll('[role=tab]').map((t) => t.text())
    expect(tabs).toEqual([
      'Beitragssätze',
      'Abrechnung',
      'Offene Posten',
      'Mahnwesen',
      'Lastschrift',
      'Auswertung',
    ])

    expect(text(find('fee-type-1')?.querySelector('[data-test=fee-current]'))).toBe(
      '120,00 € jährlich · anteilig nach Monaten · Aufnahmegebühr 50,00 € · fällig 30 Tage nach Beginn',
    )
    expect(text(find('fee-type-2')?.querySelector('[data-test=fee-current]'))).toBe('beitragsfrei')
    expect(text(find('fee-type-3'))).toContain('Noch kein Beitragssatz')
    const history = text(find('fee-history-1'))
    expect(history).toContain('01.07.2099geplant')
    expect(history).toContain('01.07.2025gilt jetzt')

    // The dialog starts from the type's current schedule.
    await click('schedule-add-1')
    const dialog = find('schedule-dialog')
    expect(dialog).not.toBeNull()
    const amount = '[data-test=schedule-amount] input'
    expect((document.querySelector(amount) as HTMLInputElement).value).toBe('120,00')
    expect(text(find('schedule-explain'))).toContain(`Der Satz gilt ab dem`)

    await type(amount, '12o,50')
    await click('schedule-save')
    expect(text(dialog)).toContain('Kein Betrag: bitte z. B. 120,50 eingeben')
    expect(bridge.callsOf('dues/saveSchedule')).toEqual([])

    await type(amount, '135,50')
    await type('[data-test=schedule-admission] input', '')
    await click('schedule-save')
    expect(text(dialog)).toContain('Bitte einen Betrag eingeben')
    expect(bridge.callsOf('dues/saveSchedule')).toEqual([])

    await type('[data-test=schedule-admission] input', '0')
    await click('schedule-save')
    expect(bridge.callsOf('dues/saveSchedule')).toEqual([
      {
        membershipTypeId: 1,
        validFrom: todayIso(),
        amountCents: 13550,
        interval: 'yearly',
        prorate: 'month',
        admissionFeeCents: 0,
        exempt: false,
        dueDays: 30,
      },
    ])
    expect(body()).toContain('Beitragssatz für „Aktiv“ ab')
  })

  it('explains where fees come from when the club has no membership types', async () => {
    installMemberBridge({ ...duesAnswers(), 'dues/types': [] })
    const { wrapper, router } = await mountApp('/dues')
    expect(text(find('fees-no-types'))).toContain('Noch keine Mitgliedsarten')
    await wrapper.find('[data-test=fees-no-types] button').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('settings')
  })

  it('previews billing with the computation in words and the skipped, then bills', async () => {
    const bridge = installMemberBridge(duesAnswers())
    const { wrapper } = await mountApp('/dues?tab=billing')
    expect(text(find('billing-runs'))).toContain('2026/27')
    const current = suggestedPeriods(7)[0]
    expect(text(find('billing-period'))).toContain(`Clubjahr ${current}`)

    await click('billing-preview')
    expect(bridge.callsOf('dues/billPreview')).toEqual([{ period: current }])
    expect(text(find('billing-summary'))).toBe('3 Forderungen über zusammen 210,00 €')
    const lines = text(find('billing-lines'))
    expect(lines).toContain('Dr. Anna Schäfer (M-0005)')
    expect(lines).toContain('voller Beitrag')
    expect(lines).toContain('anteilig 4 von 12 Monaten (ab 05.09.2026) von 120,00 €')
    expect(lines).toContain('einmalige Aufnahmegebühr')
    const skipped = text(find('billing-skipped'))
    expect(skipped).toContain('Hans Ehrlich (M-0009)beitragsfrei')
    expect(skipped).toContain('Petra Neu (M-0011)keine Mitgliedsart zugeordnet')
    expect(skipped).toContain('für diesen Zeitraum schon abgerechnet')
    expect(wrapper.text()).toContain('Nicht abgerechnet (3)')

    await click('billing-commit')
    expect(text(document.querySelector('.n-dialog'))).toContain(
      '3 Forderungen über zusammen 210,00 € werden für 2026/27 gebucht.',
    )
    expect(bridge.callsOf('dues/billCommit')).toEqual([])
    await confirmDialog('Abrechnen')
    expect(bridge.callsOf('dues/billCommit')).toEqual([{ period: '2026/27' }])
    expect(bridge.callsOf('dues/runs')).toHaveLength(2)
    expect(body()).toContain('2026/27 abgerechnet: 3 Forderungen über 210,00 €.')
    expect(find('billing-result')).toBeNull()
  })

  it('opens an account from the outstanding list and records a payment', async () => {
    const bridge = installMemberBridge(duesAnswers())
    const { router } = await mountApp('/dues?tab=outstanding')
    expect(bridge.callsOf('dues/outstanding')).toEqual([
      { asOf: '', search: '', minDaysOverdue: 0 },
    ])
    expect(text(find('outstanding-summary'))).toBe('2 Mitglieder schulden zusammen 210,00 €')
    const rows = text(find('outstanding-rows'))
    expect(rows).toContain('Dr. Anna Schäfer (M-0005)')
    expect(rows).toContain('113 Tage')
    expect(rows).toContain('Zahlungserinnerung')
    expect(rows).toContain('noch nicht')

    await click('outstanding-open-5')
    expect(router.currentRoute.value.query['member']).toBe('5')
    expect(bridge.callsOf('dues/account')).toEqual([{ memberId: 5 }])
    expect(text(find('account-balance'))).toBe('Offen: 120,00 €')
    expect(text(find('account-open'))).toContain('2026-000031')

    await click('account-pay')
    const amount = '[data-test=payment-amount] input'
    expect((document.querySelector(amount) as HTMLInputElement).value).toBe('120,00')
    await type(amount, '50')
    await type('[data-test=payment-text] input', 'Überweisung Nov')
    await click('payment-save')
    expect(bridge.callsOf('dues/pay')).toEqual([
      {
        memberId: 5,
        amountCents: 5000,
        paidOn: todayIso(),
        method: 'transfer',
        reference: 'Überweisung Nov',
      },
    ])
    expect(text(find('account-balance'))).toBe('Offen: 70,00 €')
    expect(text(find('account-ledger'))).toContain('Zahlung (Überweisung)')
    expect(body()).toContain('Zahlung über 50,00 € gebucht.')
    // The list reads again, so it shows what is still owed.
    expect(bridge.callsOf('dues/outstanding')).toHaveLength(2)

    // An extra charge for the member, outside the fee schedule.
    await click('account-extra')
    await type('[data-test=extra-description] input', 'Weihnachtsessen 2026')
    await type('[data-test=extra-amount] input', '45')
    await click('extra-save')
    expect(bridge.callsOf('dues/extraCharge')).toEqual([
      {
        memberIds: [5],
        description: 'Weihnachtsessen 2026',
        amountCents: 4500,
        bookedOn: todayIso(),
        dueDate: todayIso(),
      },
    ])
    expect(body()).toContain('Sonderforderung über 45,00 € gebucht.')
  })

  it('books an extra charge for every paying member once count and total are confirmed', async () => {
    const bridge = installMemberBridge({
      ...duesAnswers(),
      'members/list': listAnswer(1203),
      'dues/extraCharge': extraAnswer,
    })
    await mountApp('/dues?tab=billing')
    const paying = { statuses: ['active', 'on_leave'], membershipTypeIds: [], sort: 'memberNumber' }
    expect(bridge.callsOf('members/list')).toEqual([{ ...paying, offset: 0, limit: 1 }])
    expect(text(find('extra-all-summary'))).toBe('Betrifft 1.203 Mitglieder')

    await click('extra-all-check')
    const section = text(find('extra-all'))
    expect(section).toContain('Bitte angeben, wofür die Forderung ist.')
    expect(section).toContain('Bitte einen Betrag eingeben')
    expect(bridge.callsOf('members/list')).toHaveLength(1)

    await type('[data-test=extra-all-description] input', 'Distriktumlage 2026/27')
    await type('[data-test=extra-all-amount] input', '12,5')
    expect(text(find('extra-all-summary'))).toBe('Betrifft 1.203 Mitglieder · zusammen 15.037,50 €')
    await click('extra-all-check')
    // Every page of the list, so nobody beyond the first 500 is left out.
    expect(bridge.callsOf('members/list').slice(1)).toEqual([
      { ...paying, offset: 0, limit: 500 },
      { ...paying, offset: 500, limit: 500 },
      { ...paying, offset: 1000, limit: 500 },
    ])
    expect(text(document.querySelector('.n-dialog'))).toContain(
      `1.203 Forderungen „Distriktumlage 2026/27“ über je 12,50 €, zusammen 15.037,50 €, werden zum ${formatDate(todayIso(), 'de')} gebucht, fällig am ${formatDate(todayIso(), 'de')}.`,
    )
    expect(bridge.callsOf('dues/extraCharge')).toEqual([])
    await confirmDialog('Buchen')
    const [booked] = bridge.callsOf('dues/extraCharge') as { memberIds: number[] }[]
    expect(booked).toMatchObject({
      description: 'Distriktumlage 2026/27',
      amountCents: 1250,
      bookedOn: todayIso(),
      dueDate: todayIso(),
    })
    expect(booked?.memberIds).toEqual(Array.from({ length: 1203 }, (_, i) => i + 1))
    expect(body()).toContain(
      '1.203 Forderungen über 15.037,50 € gebucht („Distriktumlage 2026/27“).',
    )
    // The form starts over without complaining about the emptied fields.
    const description = document.querySelector('[data-test=extra-all-description] input')
    expect((description as HTMLInputElement).value).toBe('')
    expect(text(find('extra-all'))).not.toContain('Bitte einen Betrag eingeben')
  })

  it('charges the members of one type, or members picked by name', async () => {
    const bridge = installMemberBridge({
      ...duesAnswers(),
      'members/list': (input: Record<string, unknown>) =>
        listAnswer((input['membershipTypeIds'] as number[]).length > 0 ? 42 : 60)(input),
      'members/lookup': [
        { id: 5, memberNumber: 'M-0005', displayName: 'Dr. Anna Schäfer' },
        { id: 7, memberNumber: 'M-0007', displayName: 'Jörg Weiß' },
      ],
      'dues/extraCharge': extraAnswer,
    })
    const { wrapper } = await mountApp('/dues?tab=billing')
    await type('[data-test=extra-all-description] input', 'Weihnachtsessen 2026')
    await type('[data-test=extra-all-amount] input', '45')
    expect(text(find('extra-all-summary'))).toBe('Betrifft 60 Mitglieder · zusammen 2.700,00 €')

    await wrapper.find('[data-test=extra-all-by-type] input').trigger('change')
    await flushPromises()
    expect(find('extra-all-summary')).toBeNull()
    await click('extra-all-check')
    expect(text(find('extra-all'))).toContain('Bitte eine Mitgliedsart wählen.')
    expect(document.querySelector('.n-dialog')).toBeNull()

    await choose(wrapper, 'extra-all-type', 1)
    expect(bridge.callsOf('members/list').at(-1)).toMatchObject({
      statuses: ['active', 'on_leave'],
      membershipTypeIds: [1],
      limit: 1,
    })
    expect(text(find('extra-all-summary'))).toBe('Betrifft 42 Mitglieder · zusammen 1.890,00 €')
    await click('extra-all-check')
    await confirmDialog('Buchen')
    expect(body()).toContain('42 Forderungen über 1.890,00 € gebucht („Weihnachtsessen 2026“).')

    await type('[data-test=extra-all-description] input', 'Weihnachtsessen 2026, Nachzügler')
    await type('[data-test=extra-all-amount] input', '45')
    await wrapper.find('[data-test=extra-all-by-pick] input').trigger('change')
    await flushPromises()
    await click('extra-all-check')
    expect(text(find('extra-all'))).toContain('Bitte mindestens ein Mitglied wählen.')
    const picker = wrapper.findComponent(MemberMultiPicker)
    picker.findComponent(NSelect).vm.$emit('focus')
    await flushPromises()
    expect(bridge.callsOf('members/lookup')).toEqual([{ search: '' }])
    picker.findComponent(NSelect).vm.$emit('update:value', [7, 5])
    await flushPromises()
    expect(text(picker.element)).toContain('Jörg Weiß (M-0007)')
    expect(text(find('extra-all-summary'))).toBe('Betrifft 2 Mitglieder · zusammen 90,00 €')
    await click('extra-all-check')
    expect(text(lastDialog())).toContain(
      '2 Forderungen „Weihnachtsessen 2026, Nachzügler“ über je 45,00 €, zusammen 90,00 €',
    )
    await confirmDialog('Buchen')
    expect(bridge.callsOf('dues/extraCharge').at(-1)).toMatchObject({ memberIds: [7, 5] })
    expect(body()).toContain('2 Forderungen über 90,00 € gebucht')
  })

  it('offers to reverse only payments that still stand', async () => {
    installMemberBridge({ ...duesAnswers(), 'dues/account': accountWithReversal() })
    await mountApp('/dues?tab=outstanding&member=5')
    expect(find('payment-reverse-8')).toBeNull()
    expect(text(find('payment-reversed-8'))).toBe('zurückgebucht')
    expect(find('payment-reverse-9')).toBeNull()
    expect(find('payment-reversed-9')).toBeNull()
    expect(find('payment-reverse-10')).not.toBeNull()
    expect(find('payment-reversed-10')).toBeNull()
  })

  it('dates a dunning run no later than today', async () => {
    const bridge = installMemberBridge(duesAnswers())
    const { wrapper } = await mountApp('/dues?tab=dunning')
    expect(bridge.callsOf('dunning/preview')).toEqual([{ date: todayIso() }])
    const picker = wrapper
      .findAllComponents(NDatePicker)
      .find((p) => p.attributes('data-test') === 'dunning-date')
    const disabled = picker?.props('isDateDisabled') as (ts: number) => boolean
    const day = (offset: number) => new Date(new Date().setHours(0, 0, 0, 0) + offset * 864e5)
    expect(disabled(day(0).getTime())).toBe(false)
    expect(disabled(day(-30).getTime())).toBe(false)
    expect(disabled(day(1).getTime())).toBe(true)

    picker?.vm.$emit('update:formatted-value', todayIso(day(-30)))
    await flushPromises()
    expect(bridge.callsOf('dunning/preview').at(-1)).toEqual({ date: todayIso(day(-30)) })
    // A later day typed by hand becomes today, the last day the core accepts.
    picker?.vm.$emit('update:formatted-value', todayIso(day(3)))
    await flushPromises()
    expect(bridge.callsOf('dunning/preview').at(-1)).toEqual({ date: todayIso() })
  })

  it('lists every charge that cannot be collected, with its reason', async () => {
    installMemberBridge(duesAnswers())
    await mountApp('/dues?tab=sepa')
    await flushPromises()
    const problems = text(find('sepa-problems'))
    expect(problems).toContain('2 Forderungen können nicht eingezogen werden')
    expect(problems).toContain('Petra Neu (M-0011) · 2026-000033 · 120,00 €: kein SEPA-Mandat')
    expect(problems).toContain('Ida Alt (M-0012) · 2026-000034 · 120,00 €: Mandat verfallen')
    expect(text(find('sepa-summary'))).toBe('2 Lastschriften über zusammen 160,00 € zum 26.11.2026')
    expect(text(find('sepa-group-FRST'))).toContain('Erstlastschriften (FRST) 1 Posten · 40,00 €')
    expect(text(find('sepa-group-RCUR'))).toContain('Dr. Anna Schäfer (M-0005)')
    expect(body()).toContain('1 Mitglied wird zum ersten Mal belastet')
    expect(text(find('sepa-short-notice'))).toContain(
      `sonst frühestens am ${formatDate(todayIso(new Date(Date.now() + 14 * 86_400_000)), 'de')}`,
    )
    expect(text(find('sepa-no-collections'))).toBe('Noch keine SEPA-Datei exportiert.')
  })

  it('moves the collection date to the earliest day the bank accepts', async () => {
    const bridge = installMemberBridge({
      ...duesAnswers(),
      'sepa/preview': (input: Record<string, unknown>) =>
        input['collectionDate'] === '2026-11-26'
          ? duesAnswers()['sepa/preview']
          : new Refusal({
              code: 'sepa.collectionDate',
              params: { date: '21.11.2026', earliest: '26.11.2026', earliestIso: '2026-11-26' },
            }),
    })
    await mountApp('/dues?tab=sepa')
    await flushPromises()
    expect(bridge.callsOf('sepa/preview').at(-1)).toEqual({ collectionDate: '2026-11-26' })
    expect(text(find('sepa-summary'))).toBe('2 Lastschriften über zusammen 160,00 € zum 26.11.2026')
  })

  it('saves the file of an earlier collection again, or says that none was kept', async () => {
    const collection = {
      id: 4,
      messageId: 'KREIS-20261121-100000-1',
      collectionDate: '2026-12-01',
      fileName: 'lastschriften-2026-12-01.xml',
      totalCents: 16000,
      itemCount: 2,
      createdAt: '2026-11-21T10:00:00.000Z',
      returned: 0,
    }
    const bridge = installMemberBridge({
      ...duesAnswers(),
      'sepa/collections': [collection, { ...collection, id: 3, collectionDate: '2026-07-15' }],
      'sepa/saveCollectionFile': (input: Record<string, unknown>) =>
        input['id'] === 4
          ? { path: '/home/kassenwart/lastschriften-2026-12-01.xml' }
          : new Refusal({ code: 'sepa.fileNotKept', params: { date: '15.07.2026' } }),
    })
    await mountApp('/dues?tab=sepa')
    await flushPromises()
    expect(text(find('collection-save-file-4'))).toBe('Datei erneut speichern')
    await click('collection-save-file-4')
    expect(bridge.callsOf('sepa/saveCollectionFile')).toEqual([{ id: 4 }])
    expect(body()).toContain(
      'SEPA-Datei gespeichert: /home/kassenwart/lastschriften-2026-12-01.xml',
    )
    await click('collection-save-file-3')
    expect(body()).toContain('Von diesem Einzug (15.07.2026) ist keine Datei gespeichert')
  })

  it('explains the creditor id and shows the bank’s objection under the field', async () => {
    const bridge = installMemberBridge({
      ...duesAnswers(),
      'sepa/settings': { ...sepaSettings, creditorId: '', iban: '' },
      'sepa/saveSettings': new Refusal({
        code: 'sepa.creditorId',
        params: { value: 'DE00ZZZ1' },
      }),
    })
    await mountApp('/dues?tab=sepa')
    expect(text(find('sepa-no-creditor'))).toContain('Gläubiger-ID der Deutschen Bundesbank')
    expect(bridge.callsOf('sepa/preview')).toEqual([])

    await type('[data-test=sepa-iban] input', 'DE89 3704 0044 0532 0130 01')
    await click('sepa-settings-save')
    expect(text(find('sepa-settings'))).toContain('Keine gültige IBAN')
    expect(bridge.callsOf('sepa/saveSettings')).toEqual([])

    await type('[data-test=sepa-iban] input', 'de89370400440532013000')
    await type('[data-test=sepa-creditor-id] input', 'DE00ZZZ1')
    await click('sepa-settings-save')
    expect(bridge.callsOf('sepa/saveSettings')).toEqual([
      { ...sepaSettings, creditorId: 'DE00ZZZ1', iban: 'DE89 3704 0044 0532 0130 00' },
    ])
    expect(text(find('sepa-settings'))).toContain(
      '„DE00ZZZ1“ ist keine gültige Gläubiger-Identifikationsnummer',
    )
  })

  it('shows balance, individual fee and mandates on the member page and adds a mandate', async () => {
    const added = mandate({
      id: 2,
      reference: 'M-0005-2',
      signedOn: todayIso(),
      debtorName: 'Dr. Anna Schäfer',
      iban: 'DE02120300000000202051',
      lastUsedOn: null,
      lapsed: false,
    })
    const bridge = installMemberBridge({
      ...duesAnswers(),
      'members/get': memberRecord(),
      'dues/account': account({ individualFee: { amountCents: 6000, validFrom: '2026-01-01' } }),
      'sepa/mandates': [mandate()],
      'sepa/saveMandate': [mandate(), added],
    })
    const { router } = await mountApp('/members/5')
    const section = () => text(find('member-dues'))
    expect(section()).toContain('Offen: 120,00 €')
    expect(section()).toContain('Individueller Beitrag 60,00 € ab 01.01.2026')
    expect(text(find('mandate-1'))).toContain('M-0005-1verfallen')
    expect(text(find('mandate-1'))).toContain('DE89 3704 0044 0532 0130 00')

    await click('mandate-add')
    const dialog = find('mandate-dialog')
    expect((document.querySelector('#mandate-debtor') as HTMLInputElement).value).toBe(
      'Dr. Anna Schäfer',
    )
    await type('#mandate-iban', 'DE02 1203 0000 0000 2020 50')
    expect(text(dialog)).toContain('Keine gültige IBAN')
    await click('mandate-save')
    expect(bridge.callsOf('sepa/saveMandate')).toEqual([])

    await type('#mandate-iban', 'de02120300000000202051')
    await click('mandate-save')
    expect(bridge.callsOf('sepa/saveMandate')).toEqual([
      {
        id: null,
        memberId: 5,
        reference: '',
        signedOn: todayIso(),
        debtorName: 'Dr. Anna Schäfer',
        iban: 'DE02 1203 0000 0000 2020 51',
        bic: '',
        type: 'RCUR',
        status: 'active',
      },
    ])
    expect(text(find('mandate-2'))).toContain('M-0005-2Gültig')

    await click('member-account')
    expect(router.currentRoute.value.name).toBe('dues')
    expect(router.currentRoute.value.query).toEqual({ tab: 'outstanding', member: '5' })
  })

  it('speaks English in an English club', async () => {
    const { stateWithClub } = await import('./fakeBridge.ts')
    installMemberBridge({
      ...duesAnswers(),
      'app/state': { ...stateWithClub, club: { ...stateWithClub.club, locale: 'en' } },
      'dues/types': feeTypes(),
    })
    const { wrapper } = await mountApp('/dues')
    expect(wrapper.find('h1').text()).toBe('Dues')
    expect(text(find('fee-type-1')?.querySelector('[data-test=fee-current]'))).toBe(
      '€120.00 yearly · pro rata by month · admission fee €50.00 · due 30 days after the start',
    )
  })
})
