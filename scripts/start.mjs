// `npm start`: builds the app and opens the Electron window, first getting Electron's binary with
// Electron's own installer when it is missing. Where it cannot be had (offline, blocked), says so
// in one line and opens browser mode instead. `npm start -- --retry-electron` tries again.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launch } from './lib/open-lab.mjs'

await launch(join(dirname(fileURLToPath(import.meta.url)), '..'), 'start')
