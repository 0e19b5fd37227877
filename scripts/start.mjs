// `npm start`: builds the app and opens the Electron window; where Electron's binary is missing
// (it cannot be downloaded on every machine), says so in one line and starts browser mode instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const node = process.execPath

/** The Electron executable, if its binary was installed (node_modules/electron/path.txt + dist/). */
function electronBinary() {
  const electronDir = join(root, 'node_modules', 'electron')
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const build = spawnSync(node, [join(root, 'scripts', 'build-all.mjs')], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit']
})
if (build.status !== 0) process.exit(build.status ?? 1)

const electron = electronBinary()
const child = electron
  ? spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
  : (console.log(
      "Electron's binary is not installed here (it could not be downloaded), so the lab opens in browser mode instead:"
    ),
    spawn(join(root, 'bin', 'backprop-lab'), ['serve', ...process.argv.slice(2)], {
      cwd: root,
      stdio: 'inherit'
    }))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
