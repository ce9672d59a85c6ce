import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { NSelect } from 'naive-ui'

/** The page's text with Intl's no-break spaces and runs of whitespace made plain. */
export const text = (element: Element | null | undefined) =>
  (element?.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
export const body = () => text(document.body)
export const find = (test: string) => document.querySelector(`[data-test="${test}"]`)

export async function type(selector: string, value: string): Promise<void> {
  const input = document.querySelector(selector) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
  input.dispatchEvent(new Event('blur'))
  await flushPromises()
}

export async function click(test: string): Promise<void> {
  ;(find(test) as HTMLElement).click()
  await flushPromises()
}

/** The confirm button of the newest of Naive's dialogs, found by its text. */
export async function confirmDialog(label: string): Promise<void> {
  const dialog = [...document.querySelectorAll('.n-dialog')].at(-1)
  const button = [...(dialog?.querySelectorAll('button') ?? [])].find(
    (b) => text(b) === label,
  ) as HTMLButtonElement
  button.click()
  await flushPromises()
}

/** Naive's select by its data-test, told a value as if the user had picked it. */
export async function choose(wrapper: VueWrapper, test: string, value: unknown): Promise<void> {
  const select = wrapper.findAllComponents(NSelect).find((s) => s.attributes('data-test') === test)
  select?.vm.$emit('update:value', value)
  await flushPromises()
}

/** A key pressed where the focus is, as the keyboard would. */
export async function press(key: string): Promise<void> {
  const target = document.activeElement ?? document.body
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  await flushPromises()
}

/** The member whose roll-call row has the focus. */
export const focusedRow = () => document.activeElement?.getAttribute('data-test') ?? ''
