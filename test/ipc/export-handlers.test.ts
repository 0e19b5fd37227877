import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { message } from '../../src/shared/messages'
import { EXPORT_FORMATS } from '../../src/shared/model/exports'
import type { ModelFile } from '../../src/shared/model/model-file'
import type { RunEvaluationSummary } from '../../src/shared/model/run-page'
import { canMountTmpfs, mountTmpfs, remountTmpfs, unmountTmpfs } from '../support/tmpfs'
import { caller, trainedLab, valueOf, type Call, type TrainedLab } from './support/trained-lab'

/** The files each format must write besides its README (CONTRACTS.md section 3 and the export service). */
const FORMAT_FILES = {
  onnx: 'model.onnx',
  tfjs: 'model.json',
  pytorch: 'model.py',
  numpy: 'model.py',
  json: 'model.model.json'
} as const

/** runs:export and runs:report through the handlers, on a run trained in the test (desktop app). */
describe('export handlers (desktop)', () => {
  let trained: TrainedLab
  let runId: string
  let parent: string
  let picked: string | null
  let call: Call

  beforeAll(async () => {
    trained = await trainedLab()
    runId = await trained.train({ hidden: [5], epochs: 8, seed: 7, name: 'iris: first/try' })
    parent = mkdtempSync(join(tmpdir(), 'backprop-lab-picked-'))
    picked = parent
    call = caller(trained.lab, {
      mode: 'electron',
      openDialog: async (kind) => (kind === 'folder' ? picked : null)
    })
  })
  afterAll(() => {
    trained.close()
    rmSync(parent, { recursive: true, force: true })
  })

  it.each(EXPORT_FORMATS)(
    'writes a %s export with its README into a new subfolder of the picked folder',
    async (format) => {
      const outcome = valueOf(await call('runs:export', { runId, format }))!
      // the run's name, made safe for a folder name (":" and "/" are not allowed on every system)
      expect(outcome.folder).toBe(join(parent, `iris- first-try-${format}`))
      expect(outcome.download).toBeNull()
      expect(outcome.files[0]).toBe('README.md')
      expect(outcome.files).toContain(FORMAT_FILES[format])
      expect(readdirSync(outcome.folder).sort()).toEqual([...outcome.files].sort())
      expect(readFileSync(join(outcome.folder, 'README.md'), 'utf8')).toMatch(/^# /)
    }
  )

  it('never writes into an earlier export: a second one gets its own folder', async () => {
    const again = valueOf(await call('runs:export', { runId, format: 'json' }))!
    expect(basename(again.folder)).toBe('iris- first-try-json-2')
    expect(existsSync(join(parent, 'iris- first-try-json', 'model.model.json'))).toBe(true)
  })

  it('writes the training rows beside train.py for pytorch with data', async () => {
    const outcome = valueOf(
      await call('runs:export', { runId, format: 'pytorch', withData: true })
    )!
    expect(basename(outcome.folder)).toBe('iris- first-try-pytorch-with-data')
    expect(outcome.files).toEqual(expect.arrayContaining(['train.py', 'data.npz']))
  })

  it('writes nothing when the folder dialog is cancelled', async () => {
    picked = null
    const before = readdirSync(parent).length
    expect(valueOf(await call('runs:export', { runId, format: 'onnx' }))).toBeNull()
    expect(readdirSync(parent)).toHaveLength(before)
    picked = parent
  })

  it('refuses a stored model with a NaN weight with the service message, before asking for a folder', async () => {
    const run = trained.lab.db.runs.get(runId)!
    const broken: ModelFile = structuredClone(run.model!)
    broken.layers[1].weights![2][3] = Number.NaN
    const brokenId = await trained.train({ hidden: [5], epochs: 1, seed: 8 })
    // the database keeps models as JSON, which writes NaN as null
    trained.lab.db.runs.finish(brokenId, {
      status: 'failed',
      model: broken,
      summary: null,
      error: message('run.diverged', { epoch: 1, batch: 1, loss: null }),
      activeSeconds: 1
    })
    let asked = false
    const refusing = caller(trained.lab, {
      mode: 'electron',
      openDialog: async () => ((asked = true), parent)
    })
    const reply = await refusing('runs:export', { runId: brokenId, format: 'onnx' })
    const field = 'layers[1].weights[2][3]'
    expect(reply).toEqual({
      ok: false,
      error: {
        kind: 'user',
        message: `${field} is NaN or Infinity (stored as null): a model with NaN or Infinity weights cannot be exported`,
        detail: { code: 'export.nonFinite', params: { field, value: null } }
      }
    })
    expect(asked).toBe(false)
  })

  describe('a picked folder on a read-only disk', () => {
    const mounted = canMountTmpfs.ok ? mountTmpfs(1) : null
    afterAll(() => mounted && unmountTmpfs(mounted))

    it.runIf(mounted)(
      'is one line naming the folder, with its code for the app to translate',
      async () => {
        remountTmpfs(mounted!, true)
        const onReadOnly = caller(trained.lab, {
          mode: 'electron',
          openDialog: async () => mounted
        })
        const reply = await onReadOnly('runs:export', { runId, format: 'json' })
        expect(reply.ok || reply.error.kind).toBe('user')
        expect(reply.ok || reply.error.detail).toMatchObject({
          code: 'fault.chosenFolder',
          params: { code: 'EROFS' }
        })
        const { folder } = (reply.ok || reply.error.detail?.params) as { folder: string }
        expect(folder.startsWith(mounted!)).toBe(true)
        expect(reply.ok || reply.error.message).toBe(
          `${folder}: the file system is read-only (EROFS); choose a folder this user may write to`
        )
      }
    )
    if (!mounted) it(`a read-only disk: not run here (${canMountTmpfs.reason})`, () => undefined)
  })

  it('refuses an unknown format and an unknown run', async () => {
    const badFormat = await call('runs:export', { runId, format: 'keras' as never })
    expect(badFormat.ok || badFormat.error.kind).toBe('validation')
    expect(await call('runs:export', { runId: 'r999', format: 'json' })).toEqual({
      ok: false,
      error: {
        kind: 'user',
        message: 'no run with id r999',
        detail: { code: 'run.notFound', params: { runId: 'r999', seeRuns: false } }
      }
    })
  })

  it("builds the lab report from the db: seed, data hash, the reproduce command and the validation part's confusion matrix", async () => {
    const report = valueOf(await call('runs:report', { runId }))
    const run = trained.lab.db.runs.get(runId)!
    const dataset = trained.lab.db.datasets.get(trained.datasetId)!
    expect(report.fileName).toBe('iris- first-try.html')
    expect(run.dataHash).toBe(dataset.contentHash)
    expect(report.html).toContain(`<td>${run.dataHash}</td>`)
    expect(report.html).toContain('<th scope="row">seed</th><td>7</td>')
    // the train command with this run's own settings (escaped for HTML: the name is single-quoted)
    expect(report.html).toContain(
      `./bin/backprop-lab train ${trained.datasetId} --hidden 5 --activation relu --output auto --loss auto --optimizer adam`
    )
    expect(report.html).toContain('--epochs 8 --seed 7 ')
    expect(report.html).toContain('--name &#39;iris: first/try&#39;')
    const summary = run.summary as RunEvaluationSummary
    // iris has 150 rows; 0.8/0.2 leaves 30 for validation, all counted in the matrix
    expect(summary.validation!.confusion!.flat().reduce((a, b) => a + b, 0)).toBe(30)
    expect(report.html).toContain('Confusion matrix (validation)')
    for (const name of dataset.classes!)
      expect(report.html).toContain(`<th scope="col">${name}</th>`)
  })
})
