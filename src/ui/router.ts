import { createRouter, createWebHashHistory, type Router } from 'vue-router'
import type { Pinia } from 'pinia'
import { useAppStore } from './stores/app.ts'
import WelcomeView from './views/WelcomeView.vue'
import ShellLayout from './components/ShellLayout.vue'
import MembersView from './views/MembersView.vue'
import MemberView from './views/MemberView.vue'
import SettingsView from './views/SettingsView.vue'
import SectorsView from './views/SectorsView.vue'
import DirectoryView from './views/DirectoryView.vue'
import DuesView from './views/DuesView.vue'
import MeetingsView from './views/MeetingsView.vue'

/** Hash history: the renderer is loaded from a file in Electron, where paths cannot be routed. */
export function createKreisRouter(pinia: Pinia): Router {
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [
      { path: '/', redirect: '/members' },
      { path: '/welcome', name: 'welcome', component: WelcomeView },
      {
        path: '/',
        component: ShellLayout,
        children: [
          { path: 'members', name: 'members', component: MembersView },
          // One record for new and existing members: saving a new one only changes the param,
          // and the page (with its unsaved-changes guard) stays the same instance.
          {
            path: 'members/:id(\\d+|new)',
            name: 'member',
            component: MemberView,
            meta: { area: 'members' },
          },
          { path: 'sectors', name: 'sectors', component: SectorsView },
          { path: 'dues', name: 'dues', component: DuesView },
          { path: 'meetings', name: 'meetings', component: MeetingsView },
          { path: 'directory', name: 'directory', component: DirectoryView },
          { path: 'settings', name: 'settings', component: SettingsView },
        ],
      },
    ],
  })
  router.beforeEach((to) => {
    const store = useAppStore(pinia)
    if (store.club === null && to.name !== 'welcome') return { name: 'welcome' }
    return true
  })
  return router
}
