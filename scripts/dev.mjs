// `npm run dev`: electron-vite's dev mode (the renderer hot-reloads, main and preload rebuild),
// after getting Electron's binary with Electron's own installer when it is missing. Where it
// cannot be had, says why in one line and opens browser mode on a fresh build instead.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { followChild, openLab } from './lib/open-lab.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

for (const script of ['build-wasm.mjs', 'build-icons.mjs']) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', script)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit']
  })
  if (built.status !== 0) process.exit(built.status ?? 1)
}

const child = await openLab({
  root,
  args: process.argv.slice(2),
  launch: 'dev'
})
followChild(child)
