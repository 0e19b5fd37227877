import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The package's name in package.json, which marks the app's root folder. */
const PACKAGE_NAME = 'backprop-lab'

/** What the app's package.json says about it. */
export interface AppPackage {
  root: string
  version: string
}

let found: AppPackage | null = null

/**
 * The app's root (where package.json, resources/ and out/ are): the nearest folder above this
 * module whose package.json is ours, from the TypeScript sources, the built bundle (out/main and
 * its chunks) and the installed app's asar alike.
 */
export function appPackage(): AppPackage {
  if (found) return found
  let folder = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(folder, 'package.json')
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string
        version?: string
      }
      if (name === PACKAGE_NAME) return (found = { root: folder, version: version ?? '0.0.0' })
    }
    const parent = dirname(folder)
    if (parent === folder) throw new Error(`no ${PACKAGE_NAME} package.json above ${folder}`)
    folder = parent
  }
}
