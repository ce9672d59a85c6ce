import { onBeforeUnmount, onMounted } from 'vue'

export interface Shortcuts {
  /** Keys with Ctrl (Cmd on macOS): `f`, `n`, `s`. */
  readonly mod?: Readonly<Record<string, () => void>>
  readonly escape?: () => void
}

/** A menu, select or dialog is open: Esc belongs to it, not to the page. */
function overlayOpen(): boolean {
  return document.querySelector('.n-modal, .v-binder-follower-content, .n-dropdown-menu') !== null
}

/** Page-wide keyboard shortcuts that live as long as the view that declares them. */
export function useShortcuts(shortcuts: Shortcuts): void {
  function onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return
    if (event.key === 'Escape' && shortcuts.escape !== undefined) {
      if (overlayOpen()) return
      event.preventDefault()
      shortcuts.escape()
      return
    }
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
    const action = shortcuts.mod?.[event.key.toLowerCase()]
    if (action === undefined) return
    event.preventDefault()
    action()
  }
  onMounted(() => document.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown))
}
