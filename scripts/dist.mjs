// `npm run dist`: builds the app, then the installers with electron-builder (electron-builder.yml):
// on Linux AppImage and deb, on macOS dmg (x64 and arm64), on Windows NSIS; arguments go on to
// electron-builder (e.g. `npm run dist -- --linux deb`). electron-builder downloads Electron for
// each target, so this needs the network (the release workflow runs it on each platform).
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
for (const args of [
  [join(root, 'scripts', 'build-all.mjs')],
  [join(root, 'node_modules', 'electron-builder', 'cli.js'), ...process.argv.slice(2)]
]) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
