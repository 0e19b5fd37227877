import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { RunPage } from '@shared/model/run-page'
import { filterRuns, useRunsStore, type RunFilter } from '@renderer/stores/runs'
import { useTrainingStore } from '@renderer/stores/training'
import { listItem, runPage } from './fixtures'
import { change, liveState, START_INFO } from '../training/fixtures'
import { fakeLab } from '../support/fake-lab'
import { settle } from '../support/settle'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const ALL: RunFilter = { status: 'all', datasetId: 'all', text: '' }
const irisRun = listItem({ runId: 'r3', name: 'iris wide', tags: ['baseline'] })
const stoppedRun = listItem({
  runId: 'r2',
  name: 'iris narrow',
  status: 'stopped',
  architecture: '4-8-3',
  notes: 'learning rate too high'
})
const cancerRun = listItem({
  runId: 'r1',
  name: 'cancer',
  datasetId: 'd2',
  datasetName: 'breast cancer',
  architecture: '30-1 logistic regression'
})
const RUNS = [irisRun, stoppedRun, cancerRun]

describe('filterRuns', () => {
  it('keeps every run without a filter, in order', () => {
    expect(filterRuns(RUNS, ALL).map((run) => run.runId)).toEqual(['r3', 'r2', 'r1'])
  })

  it('filters by status and by dataset', () => {
    expect(filterRuns(RUNS, { ...ALL, status: 'stopped' }).map((run) => run.runId)).toEqual(['r2'])
    expect(filterRuns(RUNS, { ...ALL, datasetId: 'd2' }).map((run) => run.runId)).toEqual(['r1'])
    expect(filterRuns(RUNS, { ...ALL, status: 'failed' })).toEqual([])
  })

  it('matches every word of the text against name, architecture, tags and notes, ignoring case', () => {
    expect(filterRuns(RUNS, { ...ALL, text: 'LOGISTIC' }).map((run) => run.runId)).toEqual(['r1'])
    expect(filterRuns(RUNS, { ...ALL, text: 'baseline' }).map((run) => run.runId)).toEqual(['r3'])
    expect(filterRuns(RUNS, { ...ALL, text: 'iris too high' }).map((run) => run.runId)).toEqual([
      'r2'
    ])
    expect(filterRuns(RUNS, { ...ALL, text: 'iris cancer' })).toEqual([])
  })
})

describe('runs store', () => {
  let views: Record<string, RunPage>

  beforeEach(() => {
    setActivePinia(createPinia())
    views = Object.fromEntries(RUNS.map((run) => [run.runId, runPage(run)]))
  })

  /** Main with the three runs stored, answering the list, open, rename, annotate and delete calls. */
  const storedRuns = () =>
    fakeLab({
      'runs:list': () => RUNS,
      'runs:get': ({ runId }) => views[runId],
      'runs:rename': () => undefined,
      'runs:annotate': () => undefined,
      'runs:delete': () => undefined
    })

  it('lists the datasets that have runs, by name, for the filter', async () => {
    storedRuns()
    const runs = useRunsStore()
    await runs.refresh()
    expect(runs.datasets).toEqual([
      { datasetId: 'd2', name: 'breast cancer' },
      { datasetId: 'd1', name: 'iris' }
    ])
  })

  it('opens a run and makes it the last run the lab remembers', async () => {
    const api = storedRuns()
    const runs = useRunsStore()
    const training = useTrainingStore()
    await runs.open('r2')
    expect(api.requests('runs:get')).toEqual([{ runId: 'r2' }])
    expect(runs.opened?.detail.runId).toBe('r2')
    expect(training.runId).toBe('r2')
    expect(training.epochs.map((epoch) => epoch.epoch)).toEqual([1, 2, 3])
  })

  it('leaves a live run on the Training screen alone when another run is opened', async () => {
    storedRuns()
    const runs = useRunsStore()
    const training = useTrainingStore()
    training.follow(liveState({ runId: 'r9' }), null)
    await runs.open('r2')
    expect(runs.opened?.detail.runId).toBe('r2')
    expect(training.runId).toBe('r9')
    expect(training.phase).toBe('running')
  })

  it('opens a run still training in the lab as a live run on the Training screen', async () => {
    const running = listItem({ runId: 'r4', status: 'running', epochs: 3 })
    views.r4 = runPage(running, { summary: null })
    const api = fakeLab({
      'runs:get': ({ runId }) => views[runId],
      'training:live': ({ runId }) => liveState({ runId })
    })
    const runs = useRunsStore()
    const training = useTrainingStore()
    await runs.open('r4')
    await settle()
    expect(api.requests('training:live')).toEqual([{ runId: 'r4' }])
    expect(training.runId).toBe('r4')
    expect(training.phase).toBe('running')
    expect(training.controls.stop).toBe(true)
    expect(training.epochs).toHaveLength(views.r4.detail.metrics.length)
  })

  it('keeps the run opened last when two opens overlap', async () => {
    let releaseFirst!: () => void
    fakeLab({
      'runs:get': ({ runId }) =>
        runId === 'r3'
          ? new Promise((resolve) => (releaseFirst = () => resolve(views.r3)))
          : views[runId]
    })
    const runs = useRunsStore()
    const first = runs.open('r3')
    await runs.open('r1')
    releaseFirst()
    await first
    expect(runs.opened?.detail.runId).toBe('r1')
  })

  it('follows a running run: its row and its opened curves take each change', async () => {
    const running = listItem({ runId: 'r4', status: 'running', epochs: 3 })
    views.r4 = runPage(running)
    const api = fakeLab({
      'runs:list': () => [running, ...RUNS],
      'runs:get': ({ runId }) => views[runId],
      'training:live': ({ runId }) => liveState({ runId })
    })
    const runs = useRunsStore()
    await runs.refresh()
    await runs.open('r4')
    const revision = runs.openedRevision
    const epoch = {
      epoch: 4,
      trainLoss: 0.2,
      trainAccuracy: 0.9,
      valLoss: 0.25,
      valAccuracy: 0.93,
      samplesPerSecond: 4000
    }
    api.emit(
      'training:change',
      change({ runId: 'r4', epochs: [epoch], costs: [{ step: 32, loss: 0.21 }] })
    )
    expect(runs.runs[0]).toMatchObject({ epochs: 4, trainLoss: 0.2, valAccuracy: 0.93 })
    expect(runs.opened?.detail.metrics.map((metrics) => metrics.epoch)).toEqual([1, 2, 3, 4])
    expect(runs.opened?.batchLosses.at(-1)).toEqual({ step: 32, loss: 0.21 })
    expect(runs.openedRevision).toBeGreaterThan(revision)
  })

  it('re-reads the list when a run starts or ends, and the opened run when it ends', async () => {
    const running = listItem({ runId: 'r4', status: 'running', epochs: 3 })
    views.r4 = runPage(running, { summary: null })
    const api = fakeLab({
      'runs:list': () => [running, ...RUNS],
      'runs:get': ({ runId }) => views[runId],
      'training:live': ({ runId }) => liveState({ runId })
    })
    const runs = useRunsStore()
    await runs.refresh()
    await runs.open('r4')
    api.emit('training:change', change({ runId: 'r5' }))
    await settle()
    expect(api.requests('runs:list')).toHaveLength(2)
    api.emit('training:change', change({ runId: 'r4' }))
    views.r4 = runPage({ ...running, status: 'completed', epochs: 30 })
    api.emit(
      'training:change',
      change({ runId: 'r4', status: 'completed', end: { error: null, epochs: 30, summary: null } })
    )
    await settle()
    expect(api.requests('runs:list')).toHaveLength(3)
    expect(runs.opened?.detail.status).toBe('completed')
    expect(runs.opened?.summary?.validation?.accuracy).toBe(0.9667)
  })

  it('renames the opened run in place and re-reads the list', async () => {
    const api = storedRuns()
    const runs = useRunsStore()
    await runs.open('r3')
    await runs.rename('r3', 'iris, 32 relu')
    expect(api.requests('runs:rename')).toEqual([{ runId: 'r3', name: 'iris, 32 relu' }])
    expect(runs.opened?.detail.name).toBe('iris, 32 relu')
    expect(api.requests('runs:list')).toHaveLength(1)
  })

  it('deletes a run: it closes, and the lab forgets it as the last run', async () => {
    const api = storedRuns()
    const runs = useRunsStore()
    const training = useTrainingStore()
    await runs.open('r1')
    await runs.remove('r1')
    expect(api.requests('runs:delete')).toEqual([{ runId: 'r1' }])
    expect(runs.opened).toBeNull()
    expect(training.runId).toBeNull()
  })

  it('continues a stopped run and hands it to the Training screen with its earlier curves', async () => {
    const started = liveState({ runId: 'r2', status: 'starting', start: null })
    const api = fakeLab({
      'runs:get': ({ runId }) => views[runId],
      'runs:list': () => RUNS,
      'training:continue': () => started
    })
    const runs = useRunsStore()
    const training = useTrainingStore()
    await runs.open('r2')
    await runs.continueRun('r2')
    expect(api.requests('training:continue')).toEqual([{ runId: 'r2' }])
    expect(training.runId).toBe('r2')
    expect(training.phase).toBe('starting')
    api.emit('training:change', change({ runId: 'r2' }))
    expect(training.phase).toBe('running')
    expect(training.started).toEqual(START_INFO)
    expect(training.epochs.map((epoch) => epoch.epoch)).toEqual([1, 2, 3])
    expect(training.batchLosses).toEqual(views.r2.batchLosses)
  })
})
