import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { createKreisI18n } from './i18n/index.ts'
import { createKreisRouter } from './router.ts'
import { useAppStore } from './stores/app.ts'
import './styles/base.css'

const pinia = createPinia()
const i18n = createKreisI18n()
const app = createApp(App).use(pinia).use(i18n)

// The state decides the first route (welcome or the open club), so it is read before routing.
void useAppStore(pinia)
  .load()
  .finally(() => app.use(createKreisRouter(pinia)).mount('#app'))
