import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  IRIS_CSV,
  doneLine,
  newHome,
  runJson,
  type CliResult
} from './support/cli'

/** The iris label column read straight from the file: class names in sorted order. */
function irisClasses(): string[] {
  const rows = readFileSync(IRIS_CSV, 'utf8').trim().split('\n').slice(1)
  return [...new Set(rows.map((row) => row.split(',').at(-1)!))].sort()
}

/** CONTRACTS.md section 3: `import` and `datasets` with --json. */
describe('import and datasets --json', () => {
  const home = newHome()
  const folder = newHome('backprop-lab-files-')
  const withGaps = join(folder, 'gaps.csv')
  const regression = join(folder, 'regression.csv')
  const withIds = join(folder, 'with-ids.csv')
  let first: CliResult
  let ids: CliResult
  let second: CliResult
  let gaps: CliResult
  let targets: CliResult

  beforeAll(async () => {
    // 12 data rows: line 3 lacks y; line 8 has a word in the (otherwise numeric) x column
    const rows = Array.from({ length: 12 }, (_, i) => `${i + 1},${i * 2},${'ab'[i % 2]}`)
    rows[1] = '2,,b'
    rows[6] = 'seven,12,a'
    writeFileSync(withGaps, `x,y,label\n${rows.join('\n')}\n`)
    const prices = Array.from({ length: 10 }, (_, i) => `${i},${(i * 7) % 5},${1.5 * i + 0.25}`)
    writeFileSync(regression, `x,z,price\n${prices.join('\n')}\n`)
    first = await runJson(home, ['import', IRIS_CSV])
    second = await runJson(home, ['import', IRIS_CSV, '--name', 'again'])
    gaps = await runJson(home, ['import', withGaps])
    targets = await runJson(home, ['import', regression, '--targets', 'price'])
    const people = Array.from({ length: 8 }, (_, i) => `p${i}x,${i},${i % 3},${'ab'[i % 2]}`)
    writeFileSync(withIds, `id,x,z,label\n${people.join('\n')}\n`)
    ids = await runJson(newHome(), ['import', withIds])
  }, HOOK_TIMEOUT_MS)

  it('prints optional progress lines, then one done line with the summary fields', () => {
    expect(first.code, first.stderr).toBe(0)
    for (const line of first.lines.slice(0, -1)) {
      expect(line).toEqual({
        event: 'progress',
        done: expect.any(Number),
        total: expect.any(Number)
      })
    }
    expect(first.lines.at(-1)).toMatchObject({
      event: 'done',
      datasetId: expect.any(String),
      name: 'iris',
      kind: 'csv',
      rows: 150,
      features: 4,
      classes: irisClasses(),
      targets: null,
      inputShape: [4],
      skipped: []
    })
  })

  it('importing the same file again reuses the dataset (same id, reused: true)', () => {
    expect(second.code, second.stderr).toBe(0)
    expect(doneLine(first).reused).toBe(false)
    expect(doneLine(second)).toMatchObject({ datasetId: doneLine(first).datasetId, reused: true })
  })

  it('lists skipped rows with their file, 1-based line and reason', () => {
    expect(gaps.code, gaps.stderr).toBe(0)
    const done = doneLine(gaps)
    expect(done).toMatchObject({ rows: 10, features: 2 })
    expect(done.skipped).toEqual([
      {
        file: expect.stringMatching(/gaps\.csv$/),
        line: 3,
        kind: 'missing-value',
        reason: expect.stringContaining('"y"')
      },
      {
        file: expect.stringMatching(/gaps\.csv$/),
        line: 8,
        kind: 'not-a-number',
        reason: expect.stringContaining('seven')
      }
    ])
  })

  it('keeps every note of the text output in the done line: the id-like column left out', () => {
    expect(ids.code, ids.stderr).toBe(0)
    const done = doneLine(ids)
    expect(done.features).toBe(2)
    expect(done.notes).toContainEqual(expect.stringMatching(/^column "id" was left out: /))
  })

  it('--targets imports regression targets instead of classes', () => {
    expect(targets.code, targets.stderr).toBe(0)
    expect(doneLine(targets)).toMatchObject({
      rows: 10,
      features: 2,
      classes: null,
      targets: ['price']
    })
  })

  it('datasets lists each dataset once with the contract fields', async () => {
    const result = await runJson(home, ['datasets'])
    expect(result.code, result.stderr).toBe(0)
    const ids = [first, gaps, targets].map((imported) => doneLine(imported).datasetId)
    expect(result.lines.map((line) => line.datasetId)).toEqual(ids)
    expect(result.lines[0]).toEqual({
      datasetId: ids[0],
      name: 'iris',
      kind: 'csv',
      rows: 150,
      features: 4,
      classes: irisClasses()
    })
    expect(result.lines[2].classes).toBeNull()
  })

  it('train PATH reports its on-the-fly import on stderr; stdout has only the training stream', async () => {
    const result = await runJson(home, ['train', regression, '--targets', 'price', '--epochs', '2'])
    expect(result.code, result.stderr).toBe(0)
    expect(result.lines.map((line) => line.event)).toEqual(['epoch', 'epoch', 'done'])
    expect(result.stderr).toContain(doneLine(targets).datasetId)
    // regression: the accuracy fields are null (CONTRACTS.md section 3)
    for (const line of result.lines) {
      expect(line).toMatchObject({ trainAccuracy: null, valAccuracy: null })
      expect(line.valLoss).toBeGreaterThan(0)
    }
  })
})
