// The whole build: the WASM kernels (from their AssemblyScript sources, only when stale), the
// icon set (from resources/icon.svg, only when stale), then electron-vite's main (with the CLI),
// preload and renderer bundles. Used by `npm start`, `npm test` and
// the launcher when the sources are newer than the build (scripts/lib/fresh-build.mjs).
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
for (const args of [
  [join(root, 'scripts', 'build-wasm.mjs')],
  [join(root, 'scripts', 'build-icons.mjs')],
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']
]) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
