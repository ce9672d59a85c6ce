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
          // Threads an import of thousands of members runs beside it: the rows of their search
          // index (src/core/members/searchRowsThread.ts) and the checkpoint after it
          // (src/core/db/checkpointThread.ts).
          searchRowsWorker: resolve('src/core/members/searchRowsWorker.ts'),
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
