import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The repository (or installed package) root, where `resources/` and `out/` live. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The version in package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(`${PACKAGE_ROOT}package.json`, 'utf8')) as { version: string })
    .version
}
