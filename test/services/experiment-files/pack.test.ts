import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../src/main/lab'
import { readPack } from '../../../src/main/services/experiment-files/pack-reader'
import { writePack } from '../../../src/main/services/experiment-files/pack-writer'
import { predictRows } from '../../../src/main/services/predict'
import { runModel } from '../../../src/main/services/run-model'
import { completeRunConfig } from '../../../src/shared/model/run-defaults'
import type { EpochMetrics } from '../../../src/shared/model/training'

const IRIS_CSV = '/work/shared/datasets/iris/iris.csv'
const figures = (epochs: EpochMetrics[]) => epochs.map(({ samplesPerSecond: _, ...rest }) => rest)

/** A .bplab written in one lab and opened in another (and in the same one again). */
describe('experiment files (.bplab)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-pack-'))
  let teacher: Lab
  let learner: Lab
  let runIds: string[] = []
  const file = join(folder, 'iris.bplab')

  beforeAll(async () => {
    teacher = openLab({ home: join(folder, 'teacher') })
    learner = openLab({ home: join(folder, 'learner') })
    const datasetId = (await teacher.imports.importPath(IRIS_CSV)).dataset.datasetId
    const config = completeRunConfig({ hidden: [6], epochs: 8, seed: 11 }, 120)
    const parent = teacher.training.start({ datasetId, config, initialModel: null })
    await parent.finished
    const branch = teacher.training.branch({
      runId: parent.runId,
      epoch: 4,
      changes: { learningRate: 0.001 }
    })
    await branch.finished
    runIds = [parent.runId, branch.runId]
    // the learner's lab already has a run r1, so the file's ids cannot be kept
    const own = (await learner.imports.importPath('/work/shared/datasets/wine/wine.csv')).dataset
    await learner.training.start({
      datasetId: own.datasetId,
      config: completeRunConfig({ epochs: 1 }, 100),
      initialModel: null
    }).finished
    // three runs trained in engine processes: longer than a hook's default on a loaded machine
  }, 60_000)
  afterAll(() => {
    teacher.close()
    learner.close()
    rmSync(folder, { recursive: true, force: true })
  })

  it('runs, metrics, checkpoints and predictions come back identical, under new ids', async () => {
    const summary = await writePack(teacher, file, { runIds, appVersion: '9.9.9' })
    expect(summary).toMatchObject({ runs: 2, experiments: 1, datasets: 1 })
    const before = learner.db.runs.list().map((run) => run.runId)
    const opened = await readPack(learner, file)
    expect(opened.runs).toHaveLength(2)
    expect(opened.runs.map((run) => run.runId).some((id) => before.includes(id))).toBe(false)
    expect(learner.db.runs.get(before[0])!.datasetId).not.toBe(opened.datasets[0].datasetId)
    const [parent, branch] = opened.runs.map((run) => learner.db.runs.get(run.runId)!)
    expect(branch.parent).toEqual({ runId: parent.runId, epoch: 4 })
    for (const [theirs, ours] of [
      [runIds[0], parent.runId],
      [runIds[1], branch.runId]
    ]) {
      expect(figures(learner.db.metrics.epochs(ours))).toEqual(
        figures(teacher.db.metrics.epochs(theirs))
      )
      expect(learner.db.metrics.epochs(ours)).toEqual(teacher.db.metrics.epochs(theirs))
      expect(learner.db.checkpoints.epochs(ours)).toEqual(teacher.db.checkpoints.epochs(theirs))
      const ckpt = (lab: Lab, id: string) => lab.db.checkpoints.at(id, 6)!
      expect(ckpt(learner, ours)).toEqual(ckpt(teacher, theirs))
      const rows = [
        [5.1, 3.5, 1.4, 0.2],
        [6.7, 3, 5.2, 2.3],
        [5.9, 3, 4.2, 1.5]
      ]
      expect(predictRows(runModel(learner.db, ours), rows)).toEqual(
        predictRows(runModel(teacher.db, theirs), rows)
      )
      const { config, summary: evaluation, model } = teacher.db.runs.get(theirs)!
      expect(learner.db.runs.get(ours)).toMatchObject({ config, summary: evaluation, model })
    }
    // the dataset's files arrived byte for byte
    for (const name of ['features.f64', 'labels.i32', 'rows.json']) {
      const path = (lab: Lab, id: string) => join(lab.home.datasets, id, name)
      expect(readFileSync(path(learner, parent.datasetId!))).toEqual(
        readFileSync(path(teacher, teacher.db.runs.get(runIds[0])!.datasetId!))
      )
    }
  })

  it('opening the same file again adds new copies of its runs and reuses the dataset', async () => {
    const first = learner.db.runs.list().length
    const again = await readPack(learner, file)
    expect(learner.db.runs.list().length).toBe(first + 2)
    expect(again.datasets[0].reused).toBe(true)
  })

  it('refuses a file from a newer version, naming the versions', async () => {
    const newer = join(folder, 'newer.bplab')
    copyFileSync(file, newer)
    const db = new Database(newer)
    db.prepare("UPDATE manifest SET value = '2' WHERE key = 'formatVersion'").run()
    db.close()
    await expect(readPack(learner, newer)).rejects.toThrow(
      `${newer}: made by a newer Backprop Lab (9.9.9, experiment format 2; this one reads up to 1); update Backprop Lab to open it`
    )
  })

  it('refuses a truncated file, and leaves the lab as it was', async () => {
    const cut = join(folder, 'cut.bplab')
    copyFileSync(file, cut)
    truncateSync(cut, Math.floor(statSync(cut).size * 0.6))
    const runs = learner.db.runs.list().length
    const datasets = learner.db.datasets.list().length
    await expect(readPack(learner, cut)).rejects.toThrow(
      new RegExp(
        `^${cut.replace(/[.]/g, '\\.')}: the file is damaged or cut short \\(.+\\); ask for a fresh copy$`
      )
    )
    expect(learner.db.runs.list()).toHaveLength(runs)
    expect(learner.db.datasets.list()).toHaveLength(datasets)
  })

  it('refuses a dataset whose bytes do not match their hash, writing nothing', async () => {
    const changed = join(folder, 'changed.bplab')
    copyFileSync(file, changed)
    const db = new Database(changed)
    const chunk = db.prepare("SELECT data FROM file_chunks WHERE name = 'features.f64'").get() as {
      data: Buffer
    }
    chunk.data[10] ^= 0xff
    db.prepare("UPDATE file_chunks SET data = ? WHERE name = 'features.f64'").run(chunk.data)
    db.close()
    const fresh = openLab({ home: join(folder, 'fresh') })
    try {
      await expect(readPack(fresh, changed)).rejects.toThrow(
        `${changed}: dataset "iris" does not match its recorded hash (features.f64); the file was changed or damaged`
      )
      expect(fresh.db.datasets.list()).toEqual([])
      expect(fresh.db.runs.list()).toEqual([])
    } finally {
      fresh.close()
    }
  })

  it('refuses a file that is not an experiment', async () => {
    const text = join(folder, 'notes.bplab')
    writeFileSync(text, 'these are my notes, not a lab file\n'.repeat(50))
    await expect(readPack(learner, text)).rejects.toThrow(
      /notes\.bplab: not a Backprop Lab experiment file/
    )
    await expect(writePack(teacher, file, { runIds, appVersion: '1' })).rejects.toThrow(
      /iris\.bplab already exists; choose another name or remove it first/
    )
  })

  it("carries a teacher's task: locked settings, the text in both languages, the target", async () => {
    const taskFile = join(folder, 'task.bplab')
    await writePack(teacher, taskFile, {
      runIds: [runIds[0]],
      appVersion: '1',
      task: {
        runId: runIds[0],
        locked: ['hidden', 'optimizer'],
        text: {
          en: 'Reach 90% with at most 8 hidden units.',
          'zh-CN': '用不超过 8 个隐藏单元达到 90%。'
        },
        target: { metric: 'val-accuracy', value: 0.9, maxHiddenUnits: 8, maxEpochs: null },
        hideRuns: true
      }
    })
    const opened = await readPack(learner, taskFile)
    expect(opened.runs).toEqual([])
    expect(opened.task).toMatchObject({
      experimentId: opened.experiments[0].experimentId,
      datasetId: opened.datasets[0].datasetId,
      locked: ['hidden', 'optimizer'],
      text: { 'zh-CN': '用不超过 8 个隐藏单元达到 90%。' },
      target: { metric: 'val-accuracy', value: 0.9, maxHiddenUnits: 8 }
    })
    expect(opened.task!.config).toMatchObject({ hidden: [6], epochs: 8, seed: 11 })
    expect(learner.db.tasks.forExperiment(opened.experiments[0].experimentId)).toEqual(opened.task)
  })
})

/** What the learner's lab does with a task: keeps the locked settings, checks the target. */
describe("a teacher's task in the learner's lab", () => {
  const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-task-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('refuses a locked setting changed, and checks each finished run against the target', async () => {
    const teacher = openLab({ home: join(folder, 'teacher') })
    const learner = openLab({ home: join(folder, 'learner') })
    try {
      const datasetId = (await teacher.imports.importPath(IRIS_CSV)).dataset.datasetId
      const config = completeRunConfig({ hidden: [6], epochs: 30, seed: 1 }, 120)
      const run = teacher.training.start({ datasetId, config, initialModel: null })
      await run.finished
      const file = join(folder, 'task.bplab')
      await writePack(teacher, file, {
        runIds: [run.runId],
        appVersion: '1',
        task: {
          runId: run.runId,
          locked: ['hidden'],
          text: { en: 'Reach 90%.', 'zh-CN': '达到 90%。' },
          target: { metric: 'val-accuracy', value: 0.9, maxHiddenUnits: 8, maxEpochs: 40 }
        }
      })
      const opened = await readPack(learner, file)
      const experimentId = opened.experiments[0].experimentId
      const learnerData = opened.datasets[0].datasetId
      const start = (given: object) =>
        learner.training.start({
          datasetId: learnerData,
          config: completeRunConfig({ ...opened.task!.config, ...given }, 120),
          initialModel: null,
          experimentId
        })
      expect(() => start({ hidden: [16] })).toThrow(
        'this task keeps hidden at [6] (the teacher locked it); got [16]'
      )
      const good = start({ learningRate: 0.02 })
      await good.finished
      const check = learner.db.runs.get(good.runId)!.targetCheck!
      const accuracy = learner.db.runs.get(good.runId)!.valAccuracy!
      expect(check).toMatchObject({ value: accuracy, hiddenUnits: 6, epochs: 30 })
      expect(check.met).toBe(accuracy >= 0.9)
      const short = start({ epochs: 1, learningRate: 0.0001 })
      await short.finished
      expect(learner.db.runs.get(short.runId)!.targetCheck).toMatchObject({
        met: false,
        misses: ['figure']
      })
    } finally {
      teacher.close()
      learner.close()
    }
  })
})
