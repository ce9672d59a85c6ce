import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { stateWithClub } from './fakeBridge.ts'
import { Refusal, installMemberBridge, listAnswer, listRow, memberRecord } from './memberBridge.ts'
import { mountApp } from './mountApp.ts'

/**
 * Text from members, files and the core reaches the renderer as data. Vue's text
 * interpolation escapes it, and src/ui has no `v-html` or `innerHTML`: markup shows as the
 * characters it is made of, and nothing it describes ever becomes an element.
 */
const hostile = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'محمد عبدالله',
  'דוד כהן',
  '\u202Eredlehcs.exe',
  'Familie 👩‍👩‍👧',
  'Deutschland 🇩🇪',
  `Lang${'e'.repeat(492)}name`,
]

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeEach(() => localStorage.clear())
afterEach(() => {
  document.body.innerHTML = ''
})

/** Elements the hostile text would have made, had any of it been parsed as HTML. */
function injected(): Element[] {
  return [...document.body.querySelectorAll('*')].filter(
    (element) =>
      ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName) ||
      (element.tagName === 'IMG' && element.getAttribute('src') === 'x') ||
      [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
  )
}

function expectLiteral(texts: readonly string[]): void {
  for (const text of texts) expect(document.body.textContent).toContain(text)
  expect(injected()).toEqual([])
}

// Whole member pages mount here; on a busy machine that takes longer than the default 5 s.
describe('hostile text in the renderer', { timeout: 20_000 }, () => {
  it('would notice markup that was parsed as HTML', () => {
    const parsed = document.createElement('div')
    parsed.innerHTML = hostile[1] ?? ''
    document.body.append(parsed)
    expect(injected()).toHaveLength(1)
  })

  it('shows member names in the list as text', async () => {
    installMemberBridge({
      'club/counts': { members: hostile.length, activeMembers: hostile.length },
      'members/list': listAnswer(hostile.length, (i) =>
        listRow(i + 1, {
          displayName: hostile[i] ?? '',
          company: hostile[(i + 1) % hostile.length] ?? '',
          town: '<b>Köln</b>',
        }),
      ),
    })
    const { wrapper } = await mountApp('/members')
    await wait(60)
    await flushPromises()
    expect(wrapper.findAll('.body [role=row]')).toHaveLength(hostile.length)
    expectLiteral([...hostile, '<b>Köln</b>'])
  })

  it('shows a member page with hostile name, company and notes as text', async () => {
    installMemberBridge({
      'members/get': memberRecord({
        displayName: hostile[0],
        lastName: hostile[0] ?? '',
        firstName: hostile[1] ?? '',
        company: hostile[7] ?? '',
        notes: hostile.join('\n'),
        classification: '<a href="javascript:alert(1)">x</a>',
      }),
    })
    const { wrapper } = await mountApp('/members/5')
    expect(wrapper.find('h1').text()).toBe(hostile[0])
    expect(wrapper.find('a[href^="javascript"]').exists()).toBe(false)
    expect(injected()).toEqual([])
    const values = wrapper.findAll('input, textarea').map((input) => {
      const element = input.element as HTMLInputElement | HTMLTextAreaElement
      return element.value
    })
    expect(values).toContain(hostile[1])
    expect(values).toContain(hostile[7])
    expect(values).toContain(hostile.join('\n'))
  })

  it('shows a refusal whose parameters hold markup as text', async () => {
    installMemberBridge({
      'members/get': new Refusal({ code: 'file.notFound', params: { path: hostile[1] ?? '' } }),
    })
    await mountApp('/members/5')
    await flushPromises()
    expectLiteral([`Die Datei „${hostile[1]}“ wurde nicht gefunden.`])
  })

  it('shows a club named like markup as text in the shell', async () => {
    const club = stateWithClub.club
    if (club === null) throw new Error('stateWithClub has a club')
    installMemberBridge({
      'app/state': { ...stateWithClub, club: { ...club, name: hostile[0] } },
    })
    await mountApp('/members')
    await flushPromises()
    expectLiteral([hostile[0] ?? ''])
  })
})
