import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // Threads an import of thousands of members runs beside it: the fold of their search
          // texts (src/core/members/foldThread.ts) and the checkpoint after it
          // (src/core/db/checkpointThread.ts).
          foldWorker: resolve('src/core/members/foldWorker.ts'),
          checkpointWorker: resolve('src/core/db/checkpointWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/ui'),
    plugins: [vue()],
    build: {
      outDir: resolve('out/renderer'),
      rollupOptions: { input: { index: resolve('src/ui/index.html') } },
    },
  },
})
