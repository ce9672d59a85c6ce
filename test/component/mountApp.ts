import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils'
import { afterEach } from 'vitest'
import { createPinia } from 'pinia'
import App from '../../src/ui/App.vue'
import { createKreisI18n } from '../../src/ui/i18n/index.ts'
import { createKreisRouter } from '../../src/ui/router.ts'
import { useAppStore } from '../../src/ui/stores/app.ts'

enableAutoUnmount(afterEach)

/** Mounts the whole renderer the way main.ts does, against whatever `window.kreis` is installed. */
export async function mountApp(path = '/') {
  const pinia = createPinia()
  await useAppStore(pinia).load()
  const router = createKreisRouter(pinia)
  await router.push(path)
  const wrapper = mount(App, {
    global: { plugins: [pinia, createKreisI18n(), router] },
    attachTo: document.body,
  })
  await router.isReady()
  await flushPromises()
  return { wrapper, router, store: useAppStore(pinia) }
}
