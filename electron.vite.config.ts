import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'

const shared = resolve('src/shared')

/**
 * Three builds: main (Node: the app's main process and the command line, `out/main/cli.js`, which
 * share chunks; the engine worker is its own chunk via `?modulePath`), the sandboxed preload
 * (CommonJS, self-contained), and the Vue renderer (also served by browser mode).
 */
export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
    build: {
      externalizeDeps: true,
      rolldownOptions: {
        input: { index: resolve('src/main/index.ts'), cli: resolve('src/main/cli/entry.ts') }
      }
    }
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
    build: {
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } }
    }
  },
  renderer: {
    resolve: { alias: { '@renderer': resolve('src/renderer/src'), '@shared': shared } },
    plugins: [vue()],
    build: {
      chunkSizeWarningLimit: 2000,
      // The Vue transform takes most of a build on 2 cores; rolldown's timing report about it
      // would greet every `npm start` on a fresh clone with advice meant for plugin authors.
      rolldownOptions: { checks: { bundlerTimings: false } }
    }
  }
})
