// What `npm start` and `npm run dev` share: open the desktop window when Electron's binary is
// here or can be had, else browser mode with one line saying why and how to try again.
import { spawn } from 'node:child_process'
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
    retryCommand: `npm start -- ${RETRY_FLAG}`,
    windowCommand: (_root, binary, args) => [binary, ['.', ...args]]
  },
  dev: {
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

/** Passes Ctrl-C and termination on to the child and exits with its code. */
export function followChild(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
