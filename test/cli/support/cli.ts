import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll } from 'vitest'

/** The command line as a user runs it, from the repository root. */
export const CLI = fileURLToPath(new URL('../../../bin/backprop-lab', import.meta.url))

/** The real sample datasets (see /work/shared/datasets/README.md). */
const DATASETS = '/work/shared/datasets'
export const IRIS_CSV = join(DATASETS, 'iris/iris.csv')
export const WINE_CSV = join(DATASETS, 'wine/wine.csv')
export const BREAST_CANCER_CSV = join(
  DATASETS,
  'breast-cancer-wisconsin/breast_cancer_wisconsin.csv'
)
export const DIGITS_CSV = join(DATASETS, 'digits-8x8/digits_8x8.csv')
/** 300 Fashion-MNIST PNGs (28×28 gray) in class folders. */
export const FASHION_SMALL_FOLDER = join(DATASETS, 'fashion-mnist-folders/small')

/** The textbook 2-2-2 preset shipped with the app. */
export const TEXTBOOK_MODEL = fileURLToPath(
  new URL('../../../resources/presets/textbook-2-2-2.model.json', import.meta.url)
)

/** A JSON line of the CLI's stdout. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonLine = Record<string, any>

/** How a finished CLI process ended and what it printed. */
export interface CliResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** stdout parsed line by line (throws if a line is not JSON). */
  lines: JsonLine[]
}

/** A fresh, empty folder (a lab home) for one test file, removed after its tests (call it in `describe`). */
export function newHome(prefix = 'backprop-lab-test-'): string {
  const folder = mkdtempSync(join(tmpdir(), prefix))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))
  return folder
}

/** Parses every stdout line as JSON; a non-JSON line fails with the line shown. */
export function jsonLines(stdout: string): JsonLine[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as JsonLine
      } catch {
        throw new Error(`stdout line is not JSON: ${line}`)
      }
    })
}

/** Non-empty stderr lines. */
export function stderrLines(result: CliResult): string[] {
  return result.stderr.split('\n').filter((line) => line !== '')
}

/** A CLI process still running: its output so far and helpers to wait on it. */
export class LiveCli {
  stdout = ''
  stderr = ''
  readonly ended: Promise<CliResult>
  private readonly waiters: { test: (line: JsonLine) => boolean; resolve: () => void }[] = []
  private readonly seen: JsonLine[] = []

  constructor(readonly child: ChildProcess) {
    child.stdout!.setEncoding('utf8')
    child.stderr!.setEncoding('utf8')
    let pending = ''
    child.stdout!.on('data', (chunk: string) => {
      this.stdout += chunk
      pending += chunk
      const complete = pending.split('\n')
      pending = complete.pop()!
      for (const text of complete)
        if (text.startsWith('{')) this.onLine(JSON.parse(text) as JsonLine)
    })
    child.stderr!.on('data', (chunk: string) => {
      this.stderr += chunk
    })
    this.ended = new Promise((resolve, reject) => {
      child.on('error', reject)
      child.on('close', (code, signal) => {
        const stdout = this.stdout
        resolve({
          code,
          signal,
          stdout,
          stderr: this.stderr,
          get lines() {
            return jsonLines(stdout)
          }
        })
      })
    })
  }

  /** Resolves once a stdout JSON line passes `test` (or at once if one already has). */
  waitForLine(test: (line: JsonLine) => boolean): Promise<void> {
    if (this.seen.some(test)) return Promise.resolve()
    return new Promise((resolve, reject) => {
      this.waiters.push({ test, resolve })
      void this.ended.then((result) =>
        reject(
          new Error(`the CLI ended before the awaited line:\n${result.stdout}\n${result.stderr}`)
        )
      )
    })
  }

  /**
   * Sends a signal to the CLI's process (under npm the project's Node is first on PATH, and the
   * launcher runs the CLI in its own process, so the pid is the CLI's).
   */
  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal)
  }

  private onLine(line: JsonLine): void {
    this.seen.push(line)
    for (const waiter of this.waiters.filter((w) => w.test(line))) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1)
      waiter.resolve()
    }
  }
}

/** Starts `backprop-lab ARGS` in its own process (stdin closed, like a script), `env` added. */
export function startCli(
  args: readonly string[],
  cwd?: string,
  env: NodeJS.ProcessEnv = {}
): LiveCli {
  const child = spawn(CLI, [...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BACKPROP_LAB_HOME: undefined, ...env }
  })
  return new LiveCli(child)
}

/** Runs `backprop-lab ARGS` to the end. */
export function runCli(
  args: readonly string[],
  cwd?: string,
  env?: NodeJS.ProcessEnv
): Promise<CliResult> {
  return startCli(args, cwd, env).ended
}

/** Runs `backprop-lab ARGS --home HOME --json` to the end. */
export function runJson(home: string, args: readonly string[]): Promise<CliResult> {
  return runCli([...args, '--home', home, '--json'])
}

/** The one `done` line of a train/resume/import stream. */
export function doneLine(result: CliResult): JsonLine {
  const done = result.lines.filter((line) => line.event === 'done')
  if (done.length !== 1)
    throw new Error(`expected one done line, got:\n${result.stdout}\n${result.stderr}`)
  return done[0]
}

/** The epoch lines of a train/resume stream. */
export function epochLines(result: CliResult): JsonLine[] {
  return result.lines.filter((line) => line.event === 'epoch')
}

/** A class-labelled CSV of the sample datasets read directly: raw feature rows and labels. */
export function readLabelledCsv(path: string): { rows: number[][]; labels: string[] } {
  const lines = readFileSync(path, 'utf8').trim().split('\n').slice(1)
  const cells = lines.map((line) => line.split(','))
  return {
    rows: cells.map((row) => row.slice(0, -1).map(Number)),
    labels: cells.map((row) => row.at(-1)!)
  }
}

/** Rows for `--input`/`--target`: values joined by ",", rows by ";", every digit kept. */
export function rowsArgument(rows: readonly (readonly number[])[]): string {
  return rows.map((row) => row.map(String).join(',')).join(';')
}

/** For hooks that run several CLI processes: each takes about a second of CPU on a busy machine. */
export const HOOK_TIMEOUT_MS = 60_000
