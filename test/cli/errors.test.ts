import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  FASHION_SMALL_FOLDER,
  HOOK_TIMEOUT_MS,
  IRIS_CSV,
  TEXTBOOK_MODEL,
  doneLine,
  newHome,
  runCli,
  runJson,
  stderrLines,
  type CliResult
} from './support/cli'
import { readModelJson } from './support/model-math'

/** Runs a few commands at a time (the machine has two cores). */
async function runAll(
  commands: readonly (readonly string[])[],
  home: string
): Promise<CliResult[]> {
  const results: CliResult[] = []
  for (let start = 0; start < commands.length; start += 3) {
    const batch = commands.slice(start, start + 3).map((args) => runCli([...args, '--home', home]))
    results.push(...(await Promise.all(batch)))
  }
  return results
}

/** A user error: exit 1, exactly one line on stderr, no stack trace, nothing on stdout. */
function expectUserError(result: CliResult, message: string): void {
  expect(result.code, result.stderr).toBe(1)
  expect(stderrLines(result)).toEqual([`error: ${message}`])
  expect(result.stdout).toBe('')
}

/** CONTRACTS.md section 3: exit 0 on success, 1 on a user error (one line), 2 on bad usage. */
describe('exit codes and messages', () => {
  const home = newHome()
  const files = newHome('backprop-lab-bad-files-')
  const ragged = join(files, 'ragged.csv')
  const oneClass = join(files, 'one-class.csv')
  const oneClassLeft = join(files, 'one-class-left.csv')
  const noFeatures = join(files, 'no-features.csv')
  const badModel = join(files, 'bad.model.json')
  const newer = newHome('backprop-lab-newer-')
  const userErrors: { args: string[]; message: string }[] = [
    {
      // Options for another kind of source were ignored (and made another copy of the data).
      args: ['import', IRIS_CSV, '--image-size', '8x8'],
      message: `${IRIS_CSV}: --image-size is for image folders and IDX files, not for a CSV file; leave it out`
    },
    {
      args: ['import', FASHION_SMALL_FOLDER, '--label-column', 'kind'],
      message: `${FASHION_SMALL_FOLDER}: --label-column is for tables, not for images; leave it out`
    },
    {
      args: ['import', IRIS_CSV, '--sheet', 'Sheet1'],
      message: `${IRIS_CSV}: --sheet is for Excel workbooks, not for a CSV file; leave it out`
    },
    {
      args: ['import', ragged],
      message: `${ragged}: 3 of 5 data rows cannot be used, so nothing was imported: 3 with the wrong number of fields (first: line 3)`
    },
    {
      args: ['import', oneClass],
      message: `${oneClass}: the label column "kind" has only one class ("cat"); a classifier needs at least two (use --targets for regression)`
    },
    {
      // The other class's only row has a field too many: the refusal says it was left out.
      args: ['import', oneClassLeft],
      message: `${oneClassLeft}: the label column "kind" has only one class ("cat") in the rows that can be used; a classifier needs at least two (use --targets for regression); left out: 1 with the wrong number of fields (first: line 4)`
    },
    {
      args: ['import', noFeatures],
      message: `${noFeatures}: no usable feature columns (no numeric or categorical column besides the label)`
    },
    {
      args: ['predict', badModel, '--input', '1,2'],
      message: `${badModel}: layers[0].weights: expected 2 rows of 2, got 2 rows of 3`
    },
    {
      args: ['train', 'd99'],
      message: 'd99: no such file, folder or dataset id (see: backprop-lab datasets)'
    },
    {
      args: ['predict', TEXTBOOK_MODEL, '--input', '0.05,0.1;0.2,0.3,7'],
      message: '--input row 2: expected 2 values, got 3'
    }
  ]
  const badUsage = [
    ['frobnicate'],
    ['datasets', '--frobnicate'],
    ['train', 'd1', '--split', '0.5,abc'],
    ['train', 'd1', '--split', '0.5'],
    ['train', 'd1', '--split', '0.9,0.3'],
    ['predict', TEXTBOOK_MODEL, '--input', '1,x'],
    ['serve', '--port', '99999']
  ]
  let userResults: CliResult[]
  let usageResults: CliResult[]

  beforeAll(async () => {
    writeFileSync(ragged, 'a,b,label\n1,2,x\n3,4\n5,6\n7,8,x\n9,10,y,11\n')
    writeFileSync(oneClass, 'weight,height,kind\n1,2,cat\n3,4,cat\n5,6,cat\n')
    writeFileSync(oneClassLeft, 'weight,height,kind\n1,2,cat\n3,4,cat\n5,6,dog,1\n7,8,cat\n')
    writeFileSync(noFeatures, 'name,label\nann,x\nbob,y\ncid,x\n')
    const model = readModelJson(TEXTBOOK_MODEL)
    model.layers[0].weights = [
      [0.15, 0.2, 0.1],
      [0.25, 0.3, 0.1]
    ]
    writeFileSync(badModel, JSON.stringify(model))
    userResults = await runAll(
      userErrors.map(({ args }) => args),
      home
    )
    usageResults = await runAll(badUsage, home)
  }, HOOK_TIMEOUT_MS)

  userErrors.forEach(({ args, message }, index) => {
    it(`exit 1 with one line naming what and where: ${args.slice(0, 2).join(' ')}`, () => {
      expectUserError(userResults[index], message)
    })
  })

  badUsage.forEach((args, index) => {
    it(`exit 2 on bad usage: ${args.join(' ')}`, () => {
      const result = usageResults[index]
      expect(result.code, result.stderr).toBe(2)
      expect(result.stderr).toMatch(/^error: /)
      expect(result.stderr).not.toMatch(/\n\s+at /)
    })
  })

  it("names the lab's option for another tool's name (--learning-rate is --lr)", async () => {
    const results = await runAll(
      [
        ['train', 'd1', '--learning-rate', '0.1'],
        ['train', 'd1', '--batch-size=32'],
        ['train', 'd1', '--hidden-layers']
      ],
      home
    )
    expect(results.map(({ code }) => code)).toEqual([2, 2, 2])
    expect(results.map((result) => stderrLines(result)[0])).toEqual([
      "error: unknown option '--learning-rate' (did you mean --lr?)",
      "error: unknown option '--batch-size' (did you mean --batch?)",
      "error: unknown option '--hidden-layers' (did you mean --hidden?)"
    ])
  })

  it('input rows or a file given as a second argument are pointed to their option', async () => {
    const results = await runAll(
      [
        ['predict', TEXTBOOK_MODEL, '0.05,0.1'],
        ['predict', TEXTBOOK_MODEL, 'rows.csv']
      ],
      home
    )
    expect(results.map(({ code }) => code)).toEqual([2, 2])
    expect(results.map((result) => stderrLines(result)[0])).toEqual([
      "error: unexpected argument '0.05,0.1': input rows go in --input (predict MODEL --input=0.05,0.1)",
      "error: unexpected argument 'rows.csv': a file of input rows goes in --input-file (predict MODEL --input-file=rows.csv)"
    ])
  })

  it('a database from a newer version is refused as a user error naming the file', async () => {
    mkdirSync(join(newer, 'datasets'))
    const database = new Database(join(newer, 'lab.sqlite'))
    database.pragma('user_version = 999')
    database.close()
    const result = await runCli(['datasets', '--home', newer])
    expect(result.code, result.stderr).toBe(1)
    expect(stderrLines(result)).toHaveLength(1)
    expect(result.stderr).toContain(join(newer, 'lab.sqlite'))
    expect(result.stderr).toContain('newer Backprop Lab')
  })

  it('a learning rate that makes the loss NaN stops with epoch, batch and advice; the saved model is finite', async () => {
    const saved = join(files, 'diverged.model.json')
    const result = await runJson(home, [
      'train',
      IRIS_CSV,
      '--optimizer',
      'sgd',
      '--lr',
      '1e6',
      '--epochs',
      '20',
      '--save-model',
      saved
    ])
    expect(result.code).toBe(1)
    // the on-the-fly import's note, then the one-line error
    const [note, line, ...rest] = stderrLines(result)
    expect(note).toMatch(/^imported dataset/)
    expect(rest).toEqual([])
    expect(line).toMatch(/^error: .*epoch \d+, batch \d+.*smaller learning rate/)
    expect(doneLine(result)).toMatchObject({
      status: 'failed',
      error: line.replace(/^error: /, '')
    })
    // JSON has no NaN or Infinity: a non-finite weight would come back as null
    for (const layer of readModelJson(saved).layers) {
      for (const value of [...layer.weights.flat(), ...layer.biases])
        expect(Number.isFinite(value)).toBe(true)
    }
  })
})
