import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const alias = {
  '@renderer': resolve('src/renderer/src'),
  '@shared': resolve('src/shared')
}

/**
 * Three projects: `unit` (engine, services, db, worker, CLI in plain Node), `renderer`
 * (components and stores in happy-dom) and `e2e` (the real UI in Debian's Chromium through
 * browser mode). `npm test` runs all three; `npx vitest run --project unit` runs one.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    // One file per core. Vitest's default (cores − 1) runs one file at a time on a 2-core machine,
    // where most of a file's time is spent waiting on its child processes and Chromium.
    maxWorkers: availableParallelism(),
    setupFiles: [resolve('test/setup/node-version.ts')],
    globalSetup: [resolve('test/setup/fresh-build.ts')],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/renderer/**', 'test/e2e/**'],
          environment: 'node',
          testTimeout: 60_000
        }
      },
      {
        extends: true,
        plugins: [vue()],
        test: {
          name: 'renderer',
          include: ['test/renderer/**/*.test.ts'],
          environment: 'happy-dom',
          // Mounting a whole screen takes about 1 s alone and several times that on a busy
          // 2-core machine; vitest's 5 s default then fails tests that do nothing wrong.
          testTimeout: 30_000
        }
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000
        }
      }
    ]
  }
})
