import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ensureFreshBuild, isStale } from '../../scripts/lib/fresh-build.mjs'

const FRESH_BUILD = pathToFileURL(resolve('scripts/lib/fresh-build.mjs')).href

/**
 * A checkout whose build is a stand-in (scripts/build-all.mjs): it notes each build in
 * builds.log, takes half a second, and writes the two outputs the real one does.
 */
function standInCheckout(): string {
  const root = mkdtempSync(join(tmpdir(), 'backprop-lab-fresh-build-'))
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  write(
    'scripts/build-all.mjs',
    `import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
appendFileSync('builds.log', 'built\\n')
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
for (const folder of ['out/main', 'out/renderer']) mkdirSync(folder, { recursive: true })
writeFileSync('out/main/cli.js', '')
writeFileSync('out/renderer/index.html', '')
`
  )
  for (const source of ['src/main/cli.ts', 'src/renderer/page.vue', 'src/shared/model.ts'])
    write(source, '')
  // Built two hours ago from sources of three hours ago: fresh.
  const hoursAgo = (hours: number): number => Date.now() / 1000 - 3600 * hours
  for (const output of ['out/main/cli.js', 'out/renderer/index.html']) {
    write(output, '')
    utimesSync(join(root, output), hoursAgo(2), hoursAgo(2))
  }
  for (const source of ['src/main/cli.ts', 'src/renderer/page.vue', 'src/shared/model.ts'])
    utimesSync(join(root, source), hoursAgo(3), hoursAgo(3))
  return root
}

/** An edit of a source file a minute ago: newer than the build, older than the next one. */
function edit(root: string, source: string): void {
  const minuteAgo = Date.now() / 1000 - 60
  utimesSync(join(root, source), minuteAgo, minuteAgo)
}

const builds = (root: string): number =>
  readFileSync(join(root, 'builds.log'), { encoding: 'utf8', flag: 'a+' }).split('\n').length - 1

/**
 * ensureFreshBuild in a process of its own; resolves to what it returned and whether the build
 * was stale after it, e.g. 'true false', with the lines it logged.
 */
async function buildInProcess(root: string): Promise<{ answer: string; lines: string[] }> {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { ensureFreshBuild } = await import(${JSON.stringify(FRESH_BUILD)})
const { isStale } = await import(${JSON.stringify(FRESH_BUILD)})
const lines = []
const fresh = ensureFreshBuild(process.argv[1], (line) => lines.push(line))
process.stdout.write(JSON.stringify({ answer: fresh + ' ' + isStale(process.argv[1]), lines }))`,
      root
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] }
  )
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await once(child, 'exit')
  return JSON.parse(output) as { answer: string; lines: string[] }
}

/** Holds the build lock as a live process would (this one). */
function holdLock(root: string): void {
  mkdirSync(join(root, 'out', '.build-lock'), { recursive: true })
  writeFileSync(join(root, 'out', '.build-lock', 'owner'), String(process.pid))
}

/**
 * One check for the whole build (main bundle and page) with one lock. The page had a check of its
 * own, without the lock (serve, the end-to-end harness, the app benchmark): an edit of the page
 * alone went unseen by the launcher's check, and two of those starting together built into the
 * same out/ at once, each emptying it under the other.
 */
describe('keeping a checkout built', () => {
  let root: string
  beforeEach(() => (root = standInCheckout()))
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('leaves a build newer than every source alone', () => {
    expect(isStale(root)).toBe(false)
    expect(ensureFreshBuild(root, () => {})).toBe(true)
    expect(builds(root)).toBe(0)
  })

  it.each(['src/renderer/page.vue', 'src/main/cli.ts', 'src/shared/model.ts'])(
    'rebuilds after an edit of %s',
    (source) => {
      edit(root, source)
      expect(isStale(root)).toBe(true)
      expect(ensureFreshBuild(root, () => {})).toBe(true)
      expect(builds(root)).toBe(1)
      expect(isStale(root)).toBe(false)
    }
  )

  it('rebuilds when the page is missing', () => {
    rmSync(join(root, 'out', 'renderer'), { recursive: true })
    expect(ensureFreshBuild(root, () => {})).toBe(true)
    expect(builds(root)).toBe(1)
  })

  it('builds once for processes that find the page stale together', async () => {
    edit(root, 'src/renderer/page.vue')
    const runs = await Promise.all([buildInProcess(root), buildInProcess(root)])
    expect(runs.map((run) => run.answer)).toEqual(['true false', 'true false'])
    expect(builds(root)).toBe(1)
    // One built; the other said it waited for that build.
    expect(runs.flatMap((run) => run.lines).sort()).toEqual([
      'building the app (its sources changed)…',
      'waiting for another build of the app to finish…'
    ])
  })

  it('takes over the lock of a build that was stopped (Ctrl-C skips its clean-up)', async () => {
    const ended = spawn(process.execPath, ['-e', ''])
    await once(ended, 'exit')
    holdLock(root)
    writeFileSync(join(root, 'out', '.build-lock', 'owner'), String(ended.pid))
    edit(root, 'src/main/cli.ts')
    expect((await buildInProcess(root)).answer).toBe('true false')
    expect(builds(root)).toBe(1)
  })

  it('takes over an old lock whose owner died before writing its id', async () => {
    holdLock(root)
    const lock = join(root, 'out', '.build-lock')
    writeFileSync(join(lock, 'owner'), '')
    const anHourAgo = Date.now() / 1000 - 3600
    utimesSync(lock, anHourAgo, anHourAgo)
    edit(root, 'src/main/cli.ts')
    expect((await buildInProcess(root)).answer).toBe('true false')
    expect(builds(root)).toBe(1)
  })

  it('builds when out/ is cleaned away while it waits for the lock', async () => {
    holdLock(root)
    edit(root, 'src/renderer/page.vue')
    const waiting = buildInProcess(root)
    await new Promise((resolve) => setTimeout(resolve, 500))
    rmSync(join(root, 'out'), { recursive: true, force: true })
    expect((await waiting).answer).toBe('true false')
    expect(builds(root)).toBe(1)
  })
})
