/**
 * The browser-mode host as `backprop-lab serve` runs it (the lab on a home, `startWebHost` on a
 * free loopback port), but serving a given renderer folder: the app benchmark hands it a private
 * copy built once, so a rebuild of the shared tree cannot change or stall the page mid-run.
 *   node --import tsx bench/support/serve-host.ts HOME RENDERER_DIR
 * Prints `{"event":"listening","url":…}` and stops on SIGINT.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { openLab } from '../../src/main/lab'
import { startWebHost } from '../../src/main/web/web-host'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const [home, rendererDir] = process.argv.slice(2)
const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }
const lab = openLab({ home })
const host = await startWebHost({ lab, rendererDir, resourcesDir: `${ROOT}resources`, version })
process.stdout.write(`${JSON.stringify({ event: 'listening', url: host.url })}\n`)
await new Promise((resolve) => process.once('SIGINT', resolve))
await host.close()
lab.close()
