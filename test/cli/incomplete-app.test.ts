import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { copyFileSync, cpSync, mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { newHome } from './support/cli'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const PROJECT_NODE = join(ROOT, 'node_modules', 'node', 'bin', 'node')

/**
 * A copy of the app whose page was never built (or was deleted): `serve` says what is missing
 * and how to get it in one line, exit 1, not "internal error (please report it)" with a stack.
 */
describe('serve in a copy of the app without its page', () => {
  const folder = newHome('backprop-lab-incomplete-')
  const app = join(folder, 'app')

  it('names the missing page and what to do', async () => {
    mkdirSync(join(app, 'out'), { recursive: true })
    copyFileSync(join(ROOT, 'package.json'), join(app, 'package.json'))
    cpSync(join(ROOT, 'out', 'main'), join(app, 'out', 'main'), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'))
    const child = spawn(
      PROJECT_NODE,
      [join(app, 'out', 'main', 'cli.js'), 'serve', '--home', join(folder, 'home')],
      { stdio: ['ignore', 'pipe', 'pipe'] }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    const [code] = await once(child, 'exit')
    const page = join(app, 'out', 'renderer', 'index.html')
    expect(stderr.split('\n').filter((line) => line !== '')).toEqual([
      `error: ${page} is missing: this copy of Backprop Lab is incomplete; build it ('npm run build' in ${app}) or install the app again`
    ])
    expect(code).toBe(1)
    expect(stdout).toBe('')
  })
})
