import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Sources the built renderer depends on. */
const SOURCE_FOLDERS = ['src/renderer', 'src/shared']

/** The newest modification time of any file under `folder`. */
function newestFile(folder: string): number {
  let newest = 0
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

/**
 * The built renderer folder (`out/renderer`), building the app first (electron-vite, a few
 * seconds) when it is missing or older than its sources, so `serve` works right after install.
 */
export function ensureRendererBuilt(root: string, log: (line: string) => void): string {
  const rendererDir = join(root, 'out', 'renderer')
  const index = join(rendererDir, 'index.html')
  const sources = SOURCE_FOLDERS.map((folder) => join(root, folder)).filter(existsSync)
  const stale =
    !existsSync(index) || sources.some((folder) => newestFile(folder) > statSync(index).mtimeMs)
  if (!stale) return rendererDir
  if (sources.length === 0)
    throw new Error(`${index} is missing and there are no sources to build it from`)
  log('building the app…')
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build-all.mjs')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }
  })
  if (result.status !== 0 || !existsSync(index))
    throw new Error('building the app failed (see the messages above)')
  return rendererDir
}
