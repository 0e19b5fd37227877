// `npm start`: builds the app and opens the Electron window, first getting Electron's binary with
// Electron's own installer when it is missing. Where it cannot be had (offline, blocked), says so
// in one line and opens browser mode instead. `npm start -- --retry-electron` tries again.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { followChild, openLab } from './lib/open-lab.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-all.mjs')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit']
})
if (build.status !== 0) process.exit(build.status ?? 1)

const child = await openLab({
  root,
  args: process.argv.slice(2),
  launch: 'start'
})
followChild(child)
