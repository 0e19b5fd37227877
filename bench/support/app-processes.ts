import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { cpSync, existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { ensureFreshBuild } from '../../scripts/lib/fresh-build.mjs'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The command line, as a user runs it. */
const CLI = join(ROOT, 'bin', 'backprop-lab')
/** The project's Node and tsx loader, as `bin/backprop-lab` uses them. */
const NODE = join(ROOT, 'node_modules', 'node', 'bin', 'node')
const TSX = join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')
const SERVE_HOST = fileURLToPath(new URL('./serve-host.ts', import.meta.url))

/** The JSON lines a command prints on stdout, once it has exited (rejects on a failure). */
async function jsonLines(child: ChildProcess, what: string): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = []
  let errors = ''
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  for await (const line of createInterface({ input: child.stdout! }))
    if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>)
  const [code] = (await once(child, 'exit')) as [number | null]
  if (code !== 0)
    throw new Error(`${what} exited with ${code}: ${errors.trim().split('\n').at(-1)}`)
  return lines
}

/** Runs `backprop-lab train …` on a home; resolves with the stored run's id. */
export async function runCli(home: string, args: string[]): Promise<{ runId: string }> {
  const child = spawn(CLI, [...args, '--home', home, '--json'], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const lines = await jsonLines(child, `backprop-lab ${args[0]}`)
  const done = lines.find((line) => line.event === 'done')
  if (typeof done?.runId !== 'string') throw new Error('backprop-lab train printed no run id')
  return { runId: done.runId }
}

/** A running browser-mode host: its address (with the token) and a way to stop it. */
export interface Serve {
  url: string
  stop(): Promise<void>
}

/**
 * Starts the browser-mode host on a home, serving `rendererDir` (see serve-host.ts), on the
 * project's Node as `bin/backprop-lab` runs it, and waits until it listens.
 */
export async function startServe(home: string, rendererDir: string): Promise<Serve> {
  const child = spawn(NODE, ['--import', TSX, SERVE_HOST, home, rendererDir], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let errors = ''
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const exited = once(child, 'exit')
  for await (const line of createInterface({ input: child.stdout! })) {
    const message = JSON.parse(line) as { event?: string; url?: string }
    if (message.event === 'listening' && message.url) {
      const url = message.url
      return {
        url,
        stop: async () => {
          child.kill('SIGINT')
          await exited
        }
      }
    }
  }
  throw new Error(`the browser-mode host did not start: ${errors.trim()}`)
}

/**
 * A private copy of the built renderer (built first if its sources changed). When the shared
 * tree does not build at the moment (another edit under way), the last build is used.
 */
export function rendererSnapshot(log: (line: string) => void): string {
  const built = join(ROOT, 'out', 'renderer')
  if (!ensureFreshBuild(ROOT, log)) {
    if (!existsSync(join(built, 'index.html'))) throw new Error('building the app failed')
    log('the app does not build now; using the last build of the renderer')
  }
  const copy = mkdtempSync(join(tmpdir(), 'backprop-lab-bench-renderer-'))
  cpSync(built, copy, { recursive: true })
  return copy
}
