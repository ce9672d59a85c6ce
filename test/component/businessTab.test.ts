import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { NDropdown, NSelect } from 'naive-ui'
import { installMemberBridge } from './memberBridge.ts'
import { anna, bernd, businessAnswers, clara, oneToOne, referral, tyfcb } from './businessBridge.ts'
import { body, choose, click, confirmDialog, find, text, type } from './meetingsDom.ts'
import { mountApp } from './mountApp.ts'
import { todayIso } from '../../src/ui/format.ts'
import { addMonths } from '../../src/api/clubYear.ts'
import { presetPeriod } from '../../src/ui/components/business/reportPeriods.ts'
import type { MemberRef } from '../../src/api/members.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

const year = presetPeriod('clubYear', 1)
const members: Record<number, MemberRef> = { 11: anna, 12: bernd, 13: clara }
const cells = (row: Element | null | undefined) =>
  [...(row?.querySelectorAll('td') ?? [])].map((cell) => text(cell))
const firstRow = (test: string) => find(test)?.querySelector('tbody tr')
const sections = () =>
  [...(find('business-tab')?.querySelectorAll('.n-radio-button') ?? [])]
    .map((button) => text(button))
    .slice(-3)

/** The core's answers to a save: the entry as stored, with the members it names. */
function answers() {
  return {
    ...businessAnswers('bni'),
    'referrals/save': (input: Record<string, unknown>) =>
      referral({
        ...input,
        id: 42,
        from: members[Number(input['fromId'])],
        to: members[Number(input['toId'])],
      }),
    'referrals/delete': { deleted: true },
    'tyfcb/save': (input: Record<string, unknown>) =>
      tyfcb({ id: 52, receiver: members[Number(input['receiverId'])] }),
    'oneToOnes/save': (input: Record<string, unknown>) =>
      oneToOne({ a: members[Number(input['aId'])], b: members[Number(input['bId'])] }),
  }
}

const selectValue = (wrapper: VueWrapper, test: string) =>
  wrapper
    .findAllComponents(NSelect)
    .find((s) => s.attributes('data-test') === test)
    ?.props('value')

describe('the referrals tab', () => {
  it('lists the referrals, closed business and one-to-ones of the running club year', async () => {
    const bridge = installMemberBridge(answers())
    await mountApp('/meetings?tab=business')
    const query = { ...year, memberId: null }
    expect(bridge.callsOf('referrals/list')).toEqual([query])
    expect(bridge.callsOf('tyfcb/list')).toEqual([query])
    expect(bridge.callsOf('oneToOnes/list')).toEqual([query])
    expect(sections()).toEqual([
      'Empfehlungen (1)',
      'Umsatz aus Empfehlungen (1)',
      'Einzelgespräche (1)',
    ])
    expect(cells(firstRow('referral-rows')).slice(0, 6)).toEqual([
      '10.11.2026',
      'Anna Müller → an Bernd Becker',
      'extern',
      'Max Kunde069 123456',
      '★★★★☆Interesse 4 von 5',
      'offen',
    ])
  })

  it('records a referral through the dialog, once it names two members and a contact', async () => {
    const bridge = installMemberBridge(answers())
    const { wrapper } = await mountApp('/meetings?tab=business')
    await click('referrals-add')
    const dialog = find('referral-dialog')
    expect(text(dialog)).toContain('Empfehlung erfassen')
    await click('referral-save')
    expect(text(dialog)).toContain('Bitte ein Mitglied wählen.')
    expect(text(dialog)).toContain('Bitte den Namen des Kontakts angeben.')
    expect(bridge.callsOf('referrals/save')).toEqual([])

    await choose(wrapper, 'referral-from', 11)
    await choose(wrapper, 'referral-to', 11)
    await click('referral-save')
    expect(text(dialog)).toContain('Eine Empfehlung geht an ein anderes Mitglied.')
    await choose(wrapper, 'referral-to', 12)
    await type('[data-test=referral-contact] input', 'Petra Bauherrin')
    await type('[data-test=referral-details] input', 'petra@bau.example')
    await click('referral-type-inside')
    await click('referral-interest-5')
    await choose(wrapper, 'referral-status', 'contacted')
    await type('[data-test=referral-note] textarea', 'Anbau im Frühjahr')
    await click('referral-save')
    expect(bridge.callsOf('referrals/save')).toEqual([
      {
        id: null,
        fromId: 11,
        toId: 12,
        date: todayIso(),
        type: 'inside',
        contactName: 'Petra Bauherrin',
        contactDetails: 'petra@bau.example',
        interest: 5,
        status: 'contacted',
        note: 'Anbau im Frühjahr',
      },
    ])
    expect(body()).toContain('Empfehlung von Anna Müller an Bernd Becker gespeichert.')
    expect(bridge.callsOf('referrals/list')).toHaveLength(2)
  })

  it('changes a referral’s status in the list and deletes one after asking', async () => {
    const bridge = installMemberBridge(answers())
    const { wrapper } = await mountApp('/meetings?tab=business')
    expect(find('referral-status-41')?.getAttribute('aria-label')).toBe(
      'Stand ändern, jetzt: offen',
    )
    wrapper.findComponent(NDropdown).vm.$emit('select', 'won')
    await flushPromises()
    const { id, from, to, ...kept } = referral()
    expect(bridge.callsOf('referrals/save')).toEqual([
      { ...kept, id, fromId: from.id, toId: to.id, status: 'won' },
    ])
    expect(body()).toContain('Empfehlung „Max Kunde“: Auftrag.')

    await click('referral-delete-41')
    expect(body()).toContain('Die Empfehlung von Anna Müller an Bernd Becker (Kontakt: Max Kunde)')
    await confirmDialog('Löschen')
    expect(bridge.callsOf('referrals/delete')).toEqual([{ id: 41 }])
    expect(body()).toContain('Empfehlung gelöscht.')
  })

  it('records closed business from a referral, with the amount as typed', async () => {
    const bridge = installMemberBridge({
      ...answers(),
      'referrals/list': [referral(), referral({ id: 43, from: clara, to: anna })],
    })
    const { wrapper } = await mountApp('/meetings?tab=business')
    await click('section-tyfcb')
    expect(cells(firstRow('tyfcb-rows')).slice(0, 6)).toEqual([
      '12.11.2026',
      'Bernd Becker',
      'Anna Müller',
      'aus Empfehlung',
      '2.500,00 €',
      'Dachsanierung',
    ])

    await click('tyfcb-add')
    const dialog = find('tyfcb-dialog')
    await choose(wrapper, 'tyfcb-receiver', 12)
    await choose(wrapper, 'tyfcb-giver', 13)
    await click('tyfcb-kind-referral')
    const today = todayIso()
    expect(bridge.callsOf('referrals/list').at(-1)).toEqual({
      from: addMonths(today, -36),
      to: today,
      memberId: 12,
    })
    await type('[data-test=tyfcb-amount] input', '1.250,50')
    await click('tyfcb-save')
    expect(text(dialog)).toContain(
      'Keine Empfehlung zwischen den beiden in den letzten drei Jahren',
    )
    expect(bridge.callsOf('tyfcb/save')).toEqual([])

    // Anna passed Bernd one referral: it is the one chosen.
    await choose(wrapper, 'tyfcb-giver', 11)
    expect(selectValue(wrapper, 'tyfcb-referral')).toBe(41)
    await click('tyfcb-save')
    expect(bridge.callsOf('tyfcb/save')).toEqual([
      {
        id: null,
        receiverId: 12,
        giverId: 11,
        referralId: 41,
        kind: 'referral',
        date: today,
        amountCents: 125050,
        note: '',
      },
    ])
    expect(body()).toContain('Umsatz für Bernd Becker gespeichert.')
  })

  it('thanks for a referral straight from its row', async () => {
    const bridge = installMemberBridge(answers())
    const { wrapper } = await mountApp('/meetings?tab=business')
    await click('referral-thank-41')
    expect(selectValue(wrapper, 'tyfcb-receiver')).toBe(12)
    expect(selectValue(wrapper, 'tyfcb-giver')).toBe(11)
    expect(selectValue(wrapper, 'tyfcb-referral')).toBe(41)
    await type('[data-test=tyfcb-amount] input', '800')
    await click('tyfcb-save')
    expect(bridge.callsOf('tyfcb/save')).toEqual([
      expect.objectContaining({ receiverId: 12, giverId: 11, referralId: 41, amountCents: 80000 }),
    ])
  })

  it('records a one-to-one', async () => {
    const bridge = installMemberBridge(answers())
    const { wrapper } = await mountApp('/meetings?tab=business')
    await click('section-oneToOnes')
    expect(cells(firstRow('one-to-one-rows')).slice(0, 4)).toEqual([
      '05.11.2026',
      'Anna Müller',
      'Clara Özdemir',
      'Frühstück',
    ])
    await click('oneToOnes-add')
    await choose(wrapper, 'one-to-one-a', 12)
    await choose(wrapper, 'one-to-one-b', 13)
    await type('[data-test=one-to-one-note] textarea', 'Kaffee')
    await click('one-to-one-save')
    expect(bridge.callsOf('oneToOnes/save')).toEqual([
      { id: null, aId: 12, bId: 13, date: todayIso(), note: 'Kaffee' },
    ])
    expect(body()).toContain('Einzelgespräch von Bernd Becker und Clara Özdemir gespeichert.')
  })

  it('filters to one member and shows their own report, other amounts only as a total', async () => {
    const bridge = installMemberBridge(answers())
    const { wrapper } = await mountApp('/meetings?tab=business')
    expect(find('member-report')).toBeNull()
    await choose(wrapper, 'business-member', 12)
    const query = { ...year, memberId: 12 }
    expect(bridge.callsOf('referrals/list').at(-1)).toEqual(query)
    expect(bridge.callsOf('tyfcb/list').at(-1)).toEqual(query)
    expect(bridge.callsOf('referrals/memberReport')).toEqual([{ memberId: 12, range: year }])
    const report = find('member-report')
    expect(text(report?.querySelector('h2'))).toBe('Bericht für Bernd Becker')
    expect(text(find('member-tyfcb')?.querySelector('.value'))).toBe('2.500,00 €')
    expect(text(find('member-chapter-tyfcb')?.querySelector('.value'))).toBe('12.345,00 €')
    expect(text(report)).toContain('nie die Beträge einzelner Mitglieder')

    // A new slip starts from the member shown.
    await click('referrals-add')
    expect(selectValue(wrapper, 'referral-from')).toBe(12)
  })
})
