import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/main/web/static-files'

const shared = resolve('src/shared')

/**
 * The built index.html carries the lab's Content-Security-Policy in a meta tag: the desktop app
 * loads it from file://, where no response header applies (browser mode also sends the header).
 * `frame-ancestors` works only as a header, so the tag leaves it out.
 */
function contentSecurityPolicyTag(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split(';')
    .map((directive) => directive.trim())
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ')
  return {
    name: 'content-security-policy-tag',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend'
      }
    ]
  }
}

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
    plugins: [vue(), contentSecurityPolicyTag()],
    build: {
      chunkSizeWarningLimit: 2000,
      // The Vue transform takes most of a build on 2 cores; rolldown's timing report about it
      // would greet every `npm start` on a fresh clone with advice meant for plugin authors.
      rolldownOptions: { checks: { bundlerTimings: false } }
    }
  }
})
