import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const crashAsked = process.argv.some(
  (arg, i, args) => arg === '--project=crash' || (arg === '--project' && args[i + 1] === 'crash'),
)

const crashProject = {
  test: {
    name: 'crash',
    include: ['test/crash/**/*.test.ts'],
    environment: 'node',
    // A dozen kills of each operation, one child process at a time, each file checked whole.
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // Unit tests write real club files (a demo club of 2,000 members, PDFs) while the
          // component and browser projects share the two cores: five seconds is too tight there.
          // Speed is measured by `npm run bench`, never by a timeout.
          testTimeout: 20_000,
          hookTimeout: 20_000,
        },
      },
      {
        plugins: [vue()],
        test: {
          name: 'component',
          include: ['test/component/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['test/component/leftoverTimers.ts'],
          // Mounting a whole view beside the unit and browser projects can pass five seconds on
          // two busy cores; speed is measured by `npm run bench`, never by a timeout.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time keeps two cores responsive.
          fileParallelism: false,
          // The unit and component projects run beside the browser: on two busy cores an answer
          // can take longer than expect.poll's default second.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      // Killing processes in the middle of operations takes minutes on two cores: the crash
      // project runs only when named (`npm run test:crash`), so `vitest run` stays quick.
      ...(crashAsked ? [crashProject] : []),
    ],
  },
})
