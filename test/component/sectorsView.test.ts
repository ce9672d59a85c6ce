import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { installMemberBridge, listAnswer, listRow, Refusal } from './memberBridge.ts'
import { bigTree, option, professions, sector, sectorAnswers } from './sectorBridge.ts'
import { stateWithClub } from './fakeBridge.ts'
import { mountApp } from './mountApp.ts'
import SectorPicker from '../../src/ui/components/sectors/SectorPicker.vue'

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeEach(() => localStorage.clear())
afterEach(() => {
  document.body.innerHTML = ''
})

function treeRows(wrapper: VueWrapper) {
  return wrapper.findAll('[data-test=sector-tree] [role=treeitem]')
}

async function settle(): Promise<void> {
  await wait(200)
  await flushPromises()
}

/** Opens the taxonomy import on the sectors page and chooses `file`; the dialog it shows. */
async function importTaxonomy(file: File): Promise<HTMLElement> {
  const { wrapper } = await mountApp('/sectors')
  await flushPromises()
  await wrapper.find('[data-test=sectors-import-open]').trigger('click')
  await flushPromises()
  const dialog = document.querySelector('[data-test=sector-import-dialog]') as HTMLElement
  const input = dialog.querySelector('[data-test=import-input]') as HTMLInputElement
  Object.defineProperty(input, 'files', { value: [file] })
  input.dispatchEvent(new Event('change'))
  await settle()
  return dialog
}

describe('the sector directory', () => {
  it('offers the bundled lists and the CSV import to a club without sectors', async () => {
    const bridge = installMemberBridge({
      ...sectorAnswers([]),
      'sectors/loadTaxonomy': { added: 118 },
    })
    const { wrapper } = await mountApp('/sectors')
    await flushPromises()
    const empty = wrapper.find('[data-test=sectors-empty]')
    expect(empty.text()).toContain('Noch keine Branchen')
    expect(empty.text()).toContain('Berufsliste laden')
    expect(empty.text()).toContain('WZ 2008 laden')
    expect(empty.text()).toContain('Aus CSV importieren …')
    await wrapper.find('[data-test=load-professions]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('sectors/loadTaxonomy')).toEqual([{ taxonomy: 'professions' }])
    expect(bridge.callsOf('sectors/tree').length).toBeGreaterThan(1)
  })

  it('shows the tree with codes, German names and counts active / all', async () => {
    installMemberBridge(sectorAnswers())
    const { wrapper } = await mountApp('/sectors')
    await flushPromises()
    expect(wrapper.find('h1').text()).toBe('Branchen')
    const rows = treeRows(wrapper).map((r) => r.text())
    // A small tree opens fully; the retired printer stays hidden until asked for.
    expect(rows).toHaveLength(5)
    expect(rows[1]).toContain('M-STB')
    expect(rows[1]).toContain('Steuerberatung')
    expect(rows[0]).toMatch(/Freiberufliche Dienstleistungen\s*3\s*4/)
    expect(rows.join()).not.toContain('Druckerei')
    await wrapper.find('[data-test=show-retired]').trigger('click')
    await flushPromises()
    const retired = treeRows(wrapper).find((r) => r.text().includes('Druckerei'))
    expect(retired?.classes()).toContain('retired')
    expect(retired?.text()).toContain('stillgelegt')
  })

  it('finds sectors by name or code, umlauts folded, keeping their ancestors', async () => {
    installMemberBridge(sectorAnswers())
    const { wrapper } = await mountApp('/sectors')
    await flushPromises()
    await wrapper.find('#sector-search').setValue('rechtsanwalt arbeitsrecht')
    await settle()
    expect(treeRows(wrapper).map((r) => r.attributes('data-sector'))).toEqual(['M', 'M-RA'])
    await wrapper.find('#sector-search').setValue('m-arch')
    await settle()
    expect(treeRows(wrapper).map((r) => r.attributes('data-sector'))).toEqual(['M', 'M-ARCH'])
    await wrapper.find('#sector-search').setValue('Steuerberätung')
    await settle()
    expect(treeRows(wrapper).map((r) => r.attributes('data-sector'))).toEqual(['M', 'M-STB'])
    await wrapper.find('#sector-search').setValue('Zahnarzt')
    await settle()
    expect(wrapper.text()).toContain('Keine Branche passt zur Suche.')
  })

  it('renders only a window of a tree as large as WZ 2008', async () => {
    const tree = bigTree()
    installMemberBridge(sectorAnswers(tree))
    const { wrapper } = await mountApp('/sectors')
    await flushPromises()
    expect(treeRows(wrapper)).toHaveLength(21)
    for (const row of treeRows(wrapper).slice(0, 5)) {
      await row.find('button.twisty').trigger('click')
    }
    await flushPromises()
    const height = wrapper.find('[data-test=sector-tree] .body').attributes('style')
    expect(height).toContain(`height: ${(21 + 5 * 86) * 34}px`)
    expect(treeRows(wrapper).length).toBeLessThan(60)
  })

  it('walks the tree with the keyboard and lists the members of the chosen sector', async () => {
    const bridge = installMemberBridge({
      ...sectorAnswers(),
      'members/list': listAnswer(2, (i) =>
        listRow(i + 1, { displayName: ['Dr. Anna Schäfer', 'Jürgen Müller'][i] ?? '' }),
      ),
    })
    const { wrapper } = await mountApp('/sectors')
    await flushPromises()
    const tree = wrapper.find('[data-test=sector-tree]')
    await tree.trigger('keydown', { key: 'Home' })
    await tree.trigger('keydown', { key: 'ArrowDown' })
    await settle()
    expect(wrapper.find('[data-test=sector-title]').text()).toBe('Steuerberatung')
    expect(tree.attributes('aria-activedescendant')).toBe('sector-row-1')
    expect(bridge.callsOf('members/list').at(-1)).toMatchObject({ sectorIds: [2] })
    const members = wrapper.find('[data-test=sector-members]')
    expect(members.text()).toContain('Dr. Anna Schäfer')
    expect(members.find('a').attributes('href')).toBe('#/members/1')
    expect(wrapper.find('[data-test=sector-counts]').text()).toBe('2 aktiv · 2 insgesamt')

    await tree.trigger('keydown', { key: 'ArrowLeft' })
    await flushPromises()
    expect(wrapper.find('[data-test=sector-title]').text()).toBe('Freiberufliche Dienstleistungen')
    await tree.trigger('keydown', { key: 'ArrowLeft' })
    await flushPromises()
    expect(treeRows(wrapper)).toHaveLength(2)
  })

  it('marks a sector as wanted', async () => {
    const tree = professions()
    const marked = tree.map((s) => (s.id === 3 ? { ...s, target: true } : s))
    const bridge = installMemberBridge({
      ...sectorAnswers(tree),
      'sectors/setTargets': { sectors: marked },
    })
    const { wrapper } = await mountApp('/sectors')
    await flushPromises()
    await treeRows(wrapper)[2]?.trigger('click')
    await flushPromises()
    await wrapper.find('[data-test=sector-target]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('sectors/setTargets')).toEqual([{ sectorIds: [3], target: true }])
    expect(wrapper.find('[data-test=target-tag]').text()).toBe('Wunschbranche')
  })

  it('adds a sub-sector with both names and shows the core refusing a taken code', async () => {
    let answer: unknown = new Refusal({ code: 'sector.codeTaken', params: { code: 'M-STB' } })
    const bridge = installMemberBridge({
      ...sectorAnswers(),
      'sectors/save': () => answer,
    })
    const { wrapper } = await mountApp('/sectors')
    await flushPromises()
    await treeRows(wrapper)[0]?.trigger('click')
    await flushPromises()
    await wrapper.find('[data-test=sector-add-child]').trigger('click')
    await flushPromises()
    const form = document.querySelector('[data-test=sector-form]') as HTMLElement
    expect(form.textContent).toContain('unter „M Freiberufliche Dienstleistungen“')
    const fill = (id: string, text: string) => {
      const input = form.querySelector(`#${id}`) as HTMLInputElement
      input.value = text
      input.dispatchEvent(new Event('input'))
    }
    ;(form.querySelector('[data-test=sector-save]') as HTMLElement).click()
    await flushPromises()
    expect(form.textContent).toContain('Bitte ausfüllen.')
    expect(bridge.callsOf('sectors/save')).toHaveLength(0)

    fill('sector-code', 'M-STB')
    fill('sector-name-de', 'Steuerberatung – Erbschaft')
    await flushPromises()
    ;(form.querySelector('[data-test=sector-save]') as HTMLElement).click()
    await flushPromises()
    expect(bridge.callsOf('sectors/save')[0]).toEqual({
      id: null,
      code: 'M-STB',
      nameDe: 'Steuerberatung – Erbschaft',
      nameEn: 'Steuerberatung – Erbschaft',
      parentId: 1,
    })
    expect(form.textContent).toContain('Den Branchenschlüssel „M-STB“ gibt es schon.')

    answer = sector(7, 'M-STB-E', 'Steuerberatung – Erbschaft', 1)
    fill('sector-code', 'M-STB-E')
    await flushPromises()
    ;(form.querySelector('[data-test=sector-save]') as HTMLElement).click()
    await flushPromises()
    expect(bridge.callsOf('sectors/save')[1]).toMatchObject({ code: 'M-STB-E', parentId: 1 })
    expect(document.querySelector('[data-test=sector-form]')).toBeNull()
  })

  it('names how many members move before merging', async () => {
    const bridge = installMemberBridge({
      ...sectorAnswers(),
      'sectors/merge': { movedMembers: 2 },
    })
    const { wrapper } = await mountApp('/sectors')
    await flushPromises()
    await treeRows(wrapper)[2]?.trigger('click')
    await flushPromises()
    await wrapper.find('[data-test=sector-merge]').trigger('click')
    await flushPromises()
    const dialog = document.querySelector('[data-test=sector-merge-dialog]') as HTMLElement
    expect(dialog.textContent).toContain('„M-RA Rechtsanwalt – Arbeitsrecht“ zusammenführen')
    const confirm = dialog.querySelector('[data-test=merge-confirm]') as HTMLButtonElement
    expect(confirm.disabled).toBe(true)
    // Choosing in the picker is Naive UI's business (the end-to-end test clicks it); here the
    // picker simply reports the choice.
    const picker = wrapper
      .findAllComponents(SectorPicker)
      .find((p) => p.attributes('data-test') === 'merge-target')
    picker?.vm.$emit('update:value', 2)
    await flushPromises()
    expect(dialog.querySelector('[data-test=merge-consequence]')?.textContent).toContain(
      '2 Mitglieder wechseln von „M-RA Rechtsanwalt – Arbeitsrecht“ zu „M-STB Steuerberatung“.',
    )
    confirm.click()
    await flushPromises()
    expect(bridge.callsOf('sectors/merge')).toEqual([{ sourceId: 3, targetId: 2 }])
  })

  it('explains how to set targets when the club has none', async () => {
    const tree = professions().map((s) => ({ ...s, target: false }))
    installMemberBridge(sectorAnswers(tree))
    const { wrapper } = await mountApp('/sectors?tab=open')
    await flushPromises()
    const empty = wrapper.find('[data-test=open-no-targets]')
    expect(empty.text()).toContain('Noch keine Wunschbranchen festgelegt')
    expect(empty.text()).toContain('„Als Wunschbranche markieren“')
    expect(wrapper.find('[data-test=open-no-decline]').exists()).toBe(true)
  })

  it('lists the vacant wanted sectors and the declining ones', async () => {
    const tree = professions()
    const architect = tree[3]
    const lawyer = tree[2]
    if (architect === undefined || lawyer === undefined) throw new Error('tree')
    installMemberBridge({
      ...sectorAnswers(tree),
      'sectors/openSeats': {
        vacant: [option(architect, ['Freiberufliche Dienstleistungen'])],
        declining: [
          {
            sector: option(lawyer),
            years: [
              { year: 2024, joins: 1, leaves: 0, members: 4 },
              { year: 2025, joins: 0, leaves: 1, members: 3 },
              { year: 2026, joins: 0, leaves: 1, members: 2 },
            ],
          },
        ],
      },
    })
    const { wrapper } = await mountApp('/sectors?tab=open')
    await flushPromises()
    expect(wrapper.text()).toContain('1 von 2 Wunschbranchen sind unbesetzt.')
    const vacant = wrapper.find('[data-test=open-vacant]').text()
    expect(vacant).toContain('M-ARCH')
    expect(vacant).toContain('Architektur')
    expect(vacant).toContain('Freiberufliche Dienstleistungen')
    const declining = wrapper.find('[data-test=open-declining]').text()
    expect(declining).toContain('2025')
    expect(declining).toContain('Rechtsanwalt – Arbeitsrecht')
    expect(declining).toContain('−2')
  })

  it('reports the classifications over their limit, or that all keep the rule', async () => {
    const tree = professions()
    const tax = tree[1]
    if (tax === undefined) throw new Error('tree')
    installMemberBridge({
      ...sectorAnswers(tree),
      'policy/report': [
        {
          classification: option(tax, ['Freiberufliche Dienstleistungen']),
          count: 2,
          limit: 1,
          holders: [
            { id: 1, memberNumber: '0001', displayName: 'Dr. Anna Schäfer' },
            { id: 2, memberNumber: '0002', displayName: 'Jürgen Müller' },
          ],
        },
      ],
    })
    const { wrapper } = await mountApp('/sectors?tab=policy')
    await flushPromises()
    expect(wrapper.find('[data-test=policy-over]').text()).toBe(
      'Eine Klassifikation ist über der Grenze.',
    )
    const list = wrapper.find('[data-test=policy-violations]')
    expect(list.text()).toContain('M-STB Steuerberatung')
    expect(list.text()).toContain('2 Mitglieder, erlaubt 1')
    expect(list.findAll('a').map((a) => a.text())).toEqual(['Dr. Anna Schäfer', 'Jürgen Müller'])

    installMemberBridge(sectorAnswers(tree))
    const again = await mountApp('/sectors?tab=policy')
    await flushPromises()
    expect(again.wrapper.find('[data-test=policy-ok]').text()).toBe(
      'Alle Klassifikationen halten die Regel ein.',
    )
  })

  it('shows each problem of a refused taxonomy import by row and column', async () => {
    installMemberBridge({
      ...sectorAnswers(),
      'sectors/import': {
        created: 0,
        updated: 0,
        written: false,
        problems: [
          { row: 3, field: 'parent_code', reason: 'unknownParent', value: 'X' },
          { row: 4, field: 'code', reason: 'duplicateInFile', value: 'M-STB' },
        ],
      },
    })
    const dialog = await importTaxonomy(
      new File(['code;name_de;name_en;parent_code\n'], 'branchen.csv'),
    )
    const report = dialog.querySelector('[data-test=sector-import-report]')?.textContent ?? ''
    expect(report).toContain('es wurde nichts gespeichert')
    expect(report).toContain('parent_code (übergeordnet)')
    expect(report).toContain('übergeordnete Branche gibt es weder in der Datei noch im Club')
    expect(report).toContain('Schlüssel kommt in der Datei mehrfach vor')
    expect(report).toContain('M-STB')
  })

  it('refuses a taxonomy file past the import limit before reading it', async () => {
    const bridge = installMemberBridge(sectorAnswers())
    const file = new File(['code\n'], 'wz.csv')
    Object.defineProperty(file, 'size', { value: 64 * 1024 * 1024 + 1 })
    await importTaxonomy(file)
    expect(bridge.callsOf('sectors/import')).toEqual([])
    expect(document.body.textContent).toContain('Die Datei „wz.csv“ ist zu groß')
  })

  it('keeps the club path of the list filter when opening the members of a sector', async () => {
    installMemberBridge({ ...sectorAnswers(), 'members/list': listAnswer(3) })
    const { wrapper, router } = await mountApp('/sectors')
    await flushPromises()
    await treeRows(wrapper)[1]?.trigger('click')
    await settle()
    await wrapper.find('[data-test=sector-members-list]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('members')
    const stored = JSON.parse(
      localStorage.getItem(`kreis.members.v1:${stateWithClub.club?.path ?? ''}`) ?? '{}',
    )
    expect(stored.filters.sectorIds).toEqual([2])
  })
})
