// What `npm start` and `npm run dev` share: open the desktop window when Electron's binary is
// here or can be had, else browser mode with one line saying why and how to try again.
import { spawn, spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ensureElectron } from './electron-binary.mjs'

/** The flag that makes a start try the download again within a day of a failure. */
export const RETRY_FLAG = '--retry-electron'

/**
 * The two ways to open the lab: the built app (`npm start`) and electron-vite's dev mode
 * (`npm run dev`, which finds the binary itself through `require('electron')`). Each gives the
 * command that opens the window, `[command, args]`, and how to try the download again.
 */
export const LAUNCHES = {
  start: {
    /** What is built first (the whole app: start runs the built code). */
    builds: ['build-all.mjs'],
    retryCommand: `npm start -- ${RETRY_FLAG}`,
    windowCommand: (_root, binary, args) => [binary, ['.', ...args]]
  },
  dev: {
    /** electron-vite builds main, preload and renderer itself; the kernels and icons first. */
    builds: ['build-wasm.mjs', 'build-icons.mjs'],
    retryCommand: `npm run dev -- ${RETRY_FLAG}`,
    windowCommand: (root, _binary, args) => [
      process.execPath,
      [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'dev', ...args]
    ]
  }
}

/** "3 hours ago" for a remembered failure. */
function ago(then, now) {
  const minutes = Math.max(1, Math.round((now - then) / 60000))
  return minutes < 90 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`
}

/** The one line that says why browser mode opens instead, and how to try again. */
export function browserModeLine(outcome, retryCommand, now = Date.now()) {
  const when = outcome.remembered ? ` (tried ${ago(outcome.failedAt, now)})` : ''
  return `Could not get Electron: ${outcome.failure}${when}. The lab opens in browser mode instead; to try again: ${retryCommand}`
}

/**
 * Decides how the lab opens and starts it: the window (LAUNCHES[launch]) when Electron's binary
 * is here or can be had, else browser mode (`bin/backprop-lab serve`). Resolves to the child
 * process, with `mode` set to 'desktop' or 'browser'.
 *
 * @param {{ root: string, launch: 'start' | 'dev', args: string[],
 *   say?: (line: string) => void, now?: number, env?: NodeJS.ProcessEnv }} options
 */
export async function openLab(options) {
  const { root, say = (line) => console.log(line) } = options
  const { retryCommand, windowCommand } = LAUNCHES[options.launch]
  const retry = options.args.includes(RETRY_FLAG)
  const args = options.args.filter((arg) => arg !== RETRY_FLAG)
  const now = options.now ?? Date.now()
  const outcome = await ensureElectron({
    electronDir: join(root, 'node_modules', 'electron'),
    memoryFile: join(root, 'node_modules', '.cache', 'backprop-lab', 'electron-download.json'),
    retry,
    now,
    say,
    env: options.env
  })
  const env = options.env ?? process.env
  if (outcome.binary) {
    const [command, commandArgs] = windowCommand(root, outcome.binary, args)
    return Object.assign(spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env }), {
      mode: 'desktop'
    })
  }
  say(browserModeLine(outcome, retryCommand, now))
  const cli = join(root, 'bin', 'backprop-lab')
  return Object.assign(
    spawn(process.execPath, [cli, 'serve', ...args], { cwd: root, stdio: 'inherit', env }),
    { mode: 'browser' }
  )
}

/**
 * `npm start` / `npm run dev`: builds what the launch needs, opens the lab, passes Ctrl-C and
 * termination on to it, and exits with its code.
 */
export async function launch(root, name) {
  for (const script of LAUNCHES[name].builds) {
    const built = spawnSync(process.execPath, [join(root, 'scripts', script)], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit']
    })
    if (built.status !== 0) process.exit(built.status ?? 1)
  }
  const child = await openLab({ root, launch: name, args: process.argv.slice(2) })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
