import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DirectoryOptions, DirectoryPreview } from '../../src/api/directory.ts'
import { installMemberBridge, Refusal } from './memberBridge.ts'
import { stateWithClub } from './fakeBridge.ts'
import { directoryAnswers, previewPdf, rememberedOptions } from './directoryBridge.ts'
import { mountApp } from './mountApp.ts'

// pdf.js needs a canvas that draws and a worker, neither of which happy-dom has: here the
// preview's pages are stand-ins, the real drawing is proven in test/e2e/directory.test.ts.
const pdf = vi.hoisted(() => ({
  render: vi.fn(async () => undefined),
  destroy: vi.fn(),
  opened: [] as string[],
}))
vi.mock('../../src/ui/components/directory/pdfPages.ts', () => ({
  openPreview: async (base64: string, maxPages: number) => {
    pdf.opened.push(base64)
    return {
      pages: Array.from({ length: Math.min(maxPages, 6) }, () => ({ width: 420, height: 595 })),
      render: pdf.render,
      destroy: pdf.destroy,
    }
  },
}))

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeEach(() => {
  pdf.opened.length = 0
  pdf.render.mockClear()
  pdf.destroy.mockClear()
})
afterEach(() => {
  document.body.innerHTML = ''
})

/** Past the view's pause after the last change, and the answer it then asked for. */
async function settle(): Promise<void> {
  await wait(450)
  await flushPromises()
}

function click(wrapper: VueWrapper, test: string): Promise<void> {
  const element = wrapper.find(`[data-test=${test}]`)
  const input = element.find('input')
  return (input.exists() ? input : element).trigger(input.exists() ? 'change' : 'click')
}

describe('the directory view', () => {
  it('loads the remembered options and previews the first pages with them', async () => {
    const remembered = rememberedOptions({ paper: 'a4', columns: 2, bankDetails: true })
    const bridge = installMemberBridge(directoryAnswers(remembered))
    const { wrapper } = await mountApp('/directory')
    await flushPromises()
    expect(wrapper.find('h1').text()).toBe('Verzeichnis')
    expect(bridge.callsOf('directory/options')).toEqual([{}])
    expect(bridge.callsOf('directory/preview')).toEqual([remembered])

    const checked = (test: string) =>
      wrapper
        .find(`[data-test=${test}]`)
        .classes()
        .some((c) => c.endsWith('--checked'))
    expect(checked('paper-a4')).toBe(true)
    expect(checked('paper-a5')).toBe(false)
    expect(checked('columns-2')).toBe(true)
    expect(checked('book-bank')).toBe(true)
    expect(checked('book-status-active')).toBe(true)
    expect(checked('book-status-former')).toBe(false)

    // The sections in print order, with names a secretary recognises.
    const sections = wrapper.findAll('[data-test^=book-section-]').map((s) => s.text())
    expect(sections).toEqual([
      'Titelseite',
      'Inhaltsverzeichnis',
      'Der Club',
      'Vorstand und Ämter',
      'Mitglieder A–Z',
      'Branchenverzeichnis',
      'Geburtstage und Jubiläen',
      'Ehren- und ehemalige Mitglieder (nur Namen)',
    ])
    const statuses = wrapper.findAll('[data-test^=book-status-]').map((s) => s.text())
    expect(statuses).toEqual(['Interessent', 'Aktiv', 'Ehrenmitglied', 'Beurlaubt', 'Ehemalig'])

    expect(wrapper.find('[data-test=directory-count]').text()).toBe('124 Mitglieder im Verzeichnis')
    expect(pdf.opened).toEqual([previewPdf])
    expect(wrapper.findAll('[data-test=preview-sheet]')).toHaveLength(4)
    expect(wrapper.find('[data-test=preview-sheet]').attributes('aria-label')).toBe(
      'Seite 1 vergrößert ansehen',
    )
    expect(pdf.render).toHaveBeenCalledTimes(4)

    // The rest of the preview on request, drawn only then.
    const more = wrapper.find('[data-test=preview-more]')
    expect(more.text()).toBe('Alle 6 Seiten der Vorschau zeigen')
    await more.trigger('click')
    await flushPromises()
    expect(wrapper.findAll('[data-test=preview-sheet]')).toHaveLength(6)
    expect(pdf.render).toHaveBeenCalledTimes(6)
    expect(more.attributes('aria-expanded')).toBe('true')
  })

  it('asks for a new preview once the options rest, with the options as changed', async () => {
    const bridge = installMemberBridge(directoryAnswers())
    const { wrapper } = await mountApp('/directory')
    await flushPromises()
    expect(bridge.callsOf('directory/preview')).toHaveLength(1)

    await click(wrapper, 'paper-a4')
    await click(wrapper, 'columns-2')
    await click(wrapper, 'book-photos')
    await click(wrapper, 'book-section-dates')
    await click(wrapper, 'book-status-on_leave')
    await flushPromises()
    // Clicking along asks nothing until the user pauses; then once, with everything.
    expect(bridge.callsOf('directory/preview')).toHaveLength(1)
    await settle()
    const expected: DirectoryOptions = {
      paper: 'a4',
      columns: 2,
      photos: false,
      statuses: ['active', 'honorary'],
      sections: ['cover', 'contents', 'club', 'board', 'members', 'sectorIndex', 'formerNames'],
      bankDetails: false,
      locale: 'de',
      clubYear: 'current',
    }
    expect(bridge.callsOf('directory/preview')).toEqual([rememberedOptions(), expected])

    // The English book, asked for by its own option.
    await click(wrapper, 'book-locale-en')
    await settle()
    expect(bridge.callsOf('directory/preview').at(-1)).toEqual({ ...expected, locale: 'en' })
  })

  it('keeps at least one status and the bank details only with the club page', async () => {
    const bridge = installMemberBridge(
      directoryAnswers(rememberedOptions({ statuses: ['active'] })),
    )
    const { wrapper } = await mountApp('/directory')
    await flushPromises()
    await click(wrapper, 'book-status-active')
    await settle()
    expect(bridge.callsOf('directory/preview')).toHaveLength(1)
    const checked = wrapper.find('[data-test=book-status-active]').classes()
    expect(checked).toContain('n-checkbox--checked')

    await click(wrapper, 'book-section-club')
    await flushPromises()
    expect(wrapper.find('[data-test=book-bank]').classes()).toContain('n-checkbox--disabled')
  })

  it('shows the answer for the latest options, not a slower one for earlier options', async () => {
    let answer = 0
    const bridge = installMemberBridge({
      ...directoryAnswers(),
      // The second question is answered last: its answer is stale by then.
      'directory/preview': async (input: Record<string, unknown>) => {
        const mine = ++answer
        await wait(mine === 2 ? 700 : 0)
        return { pdfBase64: btoa(`pdf ${String(input['paper'])}`), memberCount: 100 + mine }
      },
    })
    const { wrapper } = await mountApp('/directory')
    await flushPromises()
    await click(wrapper, 'paper-a4')
    await settle()
    await click(wrapper, 'paper-a5')
    await settle()
    await wait(800)
    await flushPromises()
    expect(bridge.callsOf('directory/preview').map((o) => o['paper'])).toEqual(['a5', 'a4', 'a5'])
    expect(wrapper.find('[data-test=directory-count]').text()).toBe('103 Mitglieder im Verzeichnis')
    expect(pdf.opened.at(-1)).toBe(btoa('pdf a5'))
    expect(pdf.opened).not.toContain(btoa('pdf a4'))
  })

  it('saves, saves and opens, and prints the book with the options shown', async () => {
    const bridge = installMemberBridge(directoryAnswers())
    const { wrapper } = await mountApp('/directory')
    await flushPromises()
    await click(wrapper, 'columns-2')

    await wrapper.find('[data-test=directory-save]').trigger('click')
    await flushPromises()
    const options = { ...rememberedOptions(), columns: 2 }
    expect(bridge.callsOf('directory/save')).toEqual([{ options, open: false }])
    expect(document.body.textContent).toContain(
      'Verzeichnis gespeichert: /home/anna/mitgliederverzeichnis.pdf (48 Seiten)',
    )

    await wrapper.find('[data-test=directory-save-open]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('directory/save').at(-1)).toEqual({ options, open: true })

    await wrapper.find('[data-test=directory-print]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('directory/print')).toEqual([options])
  })

  it('says nothing when the save dialog is cancelled', async () => {
    const bridge = installMemberBridge({
      ...directoryAnswers(),
      'directory/save': { path: null, pages: 48 },
    })
    const { wrapper } = await mountApp('/directory')
    await flushPromises()
    await wrapper.find('[data-test=directory-save]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('directory/save')).toHaveLength(1)
    expect(document.querySelector('.n-message')).toBeNull()
  })

  it('shows a refusal through the error display and frees the buttons again', async () => {
    installMemberBridge({
      ...directoryAnswers(),
      'directory/save': new Refusal({
        code: 'file.writeFailed',
        params: { path: '/media/usb/verzeichnis.pdf' },
      }),
    })
    const { wrapper } = await mountApp('/directory')
    await flushPromises()
    await wrapper.find('[data-test=directory-save]').trigger('click')
    await flushPromises()
    expect(document.body.textContent).toContain(
      'Die Datei „/media/usb/verzeichnis.pdf“ konnte nicht geschrieben werden.',
    )
    expect(wrapper.find('[data-test=directory-print]').attributes('disabled')).toBeUndefined()
  })

  it('saves a list with its kind, statuses, year, label sheet and language', async () => {
    const bridge = installMemberBridge(directoryAnswers())
    const { wrapper, router } = await mountApp('/directory')
    await flushPromises()
    await wrapper.find('[data-test=tab-lists]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query['tab']).toBe('lists')
    const kinds = wrapper.findAll('[data-test^=list-kind-] .option-name').map((k) => k.text())
    expect(kinds).toEqual([
      'Telefonliste',
      'Geburtstagsliste',
      'Jubiläumsliste',
      'Branchenliste für Gäste',
      'Adressetiketten',
    ])
    // The year and the label sheet only where they mean something.
    expect(wrapper.find('[data-test=list-year]').exists()).toBe(false)
    expect(wrapper.find('[data-test=list-layout-3x7]').exists()).toBe(false)

    await wrapper.find('[data-test=list-save]').trigger('click')
    await flushPromises()
    const year = new Date().getFullYear()
    const phone = {
      kind: 'phone',
      statuses: ['active', 'honorary', 'on_leave'],
      year,
      labelLayout: '3x7',
      locale: 'de',
    }
    expect(bridge.callsOf('lists/save')).toEqual([{ options: phone, open: false }])
    expect(document.body.textContent).toContain(
      'Telefonliste gespeichert: /home/anna/geburtstage.pdf (2 Seiten)',
    )

    await click(wrapper, 'list-kind-birthdays')
    await flushPromises()
    const yearInput = wrapper.find('[data-test=list-year] input')
    expect((yearInput.element as HTMLInputElement).value).toBe(String(year))
    await yearInput.setValue('2027')
    await yearInput.trigger('blur')
    await click(wrapper, 'list-status-prospect')
    await click(wrapper, 'list-locale-en')
    await wrapper.find('[data-test=list-save-open]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('lists/save').at(-1)).toEqual({
      options: {
        kind: 'birthdays',
        statuses: ['prospect', 'active', 'honorary', 'on_leave'],
        year: 2027,
        labelLayout: '3x7',
        locale: 'en',
      },
      open: true,
    })

    await click(wrapper, 'list-kind-labels')
    await flushPromises()
    expect(wrapper.find('[data-test=list-year]').exists()).toBe(false)
    await click(wrapper, 'list-layout-3x8')
    await wrapper.find('[data-test=list-save]').trigger('click')
    await flushPromises()
    expect(bridge.callsOf('lists/save').at(-1)).toMatchObject({
      options: { kind: 'labels', labelLayout: '3x8' },
      open: false,
    })
    // No list has a preview: the book's is not asked for again.
    expect(bridge.callsOf('directory/preview')).toHaveLength(1)
  })

  it('keeps unsaved options while the user visits another view', async () => {
    const bridge = installMemberBridge(directoryAnswers())
    const { wrapper, router } = await mountApp('/directory')
    await flushPromises()
    await click(wrapper, 'paper-a4')
    await router.push('/members')
    await flushPromises()
    await router.push('/directory')
    await flushPromises()
    expect(bridge.callsOf('directory/options')).toHaveLength(1)
    expect(wrapper.find('[data-test=paper-a4]').classes()).toContain('n-radio-button--checked')
    expect(bridge.callsOf('directory/preview').at(-1)).toMatchObject({ paper: 'a4' })
  })

  it('explains the directory to a club without members', async () => {
    const bridge = installMemberBridge({
      ...directoryAnswers(),
      'club/counts': { members: 0, activeMembers: 0 },
    })
    const { wrapper, router } = await mountApp('/directory')
    await flushPromises()
    const empty = wrapper.find('[data-test=directory-empty]')
    expect(empty.text()).toContain('Noch keine Mitglieder')
    expect(wrapper.find('[data-test=book-options]').exists()).toBe(false)
    expect(bridge.callsOf('directory/preview')).toEqual([])
    await wrapper.find('[data-test=directory-to-members]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('members')
  })

  it('speaks English in an English club', async () => {
    installMemberBridge({
      ...directoryAnswers(rememberedOptions({ locale: 'en' })),
      'app/state': { ...stateWithClub, club: { ...stateWithClub.club, locale: 'en' } },
      'directory/preview': { pdfBase64: previewPdf, memberCount: 1 } satisfies DirectoryPreview,
    })
    const { wrapper } = await mountApp('/directory')
    await flushPromises()
    expect(wrapper.find('h1').text()).toBe('Directory')
    expect(wrapper.find('[data-test=directory-count]').text()).toBe('1 member in the directory')
    expect(wrapper.find('[data-test=book-section-formerNames]').text()).toBe(
      'Honorary and former members (names only)',
    )
    expect(wrapper.find('[data-test=directory-save]').text()).toBe('Save …')
  })
})
