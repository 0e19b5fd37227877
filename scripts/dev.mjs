// `npm run dev`: electron-vite's dev mode (the renderer hot-reloads, main and preload rebuild),
// after getting Electron's binary with Electron's own installer when it is missing. Where it
// cannot be had, says why in one line and opens browser mode on a fresh build instead.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launch } from './lib/open-lab.mjs'

await launch(join(dirname(fileURLToPath(import.meta.url)), '..'), 'dev')
