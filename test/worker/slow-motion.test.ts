import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import { MAX_PACE } from '../../src/shared/model/pace'
import type { EngineEvent, TrainingJob, TrainingProgress } from '../../src/main/worker/protocol'
import { sessionEvents } from './support/session-events'
import { circleJob, writeCircle } from './support/circle-job'

const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-slow-motion-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const progressOf = (events: EngineEvent[]): TrainingProgress[] =>
  events.flatMap((event) => (event.type === 'progress' ? [event] : []))
const finalModel = (events: EngineEvent[]) =>
  events.flatMap((event) => (event.type === 'finished' ? [event.model] : []))[0]
const plain = (values: ArrayLike<number>[] | undefined) => values?.map((v) => Array.from(v))

/**
 * Issue 18, slow motion: a paced run trains one batch at a time and reports each with its
 * weights (so every batch can be drawn), to the same numbers as a run at full speed; the speed
 * changes while it trains; a batch stepped while paused comes with its weights too.
 */
describe('a session in slow motion', () => {
  let kernels: LoadedKernels
  let dataset: TrainingJob['dataset']
  beforeAll(async () => {
    kernels = await loadKernels('f32', { threads: 2 })
    dataset = writeCircle(folder)
  })
  afterAll(() => kernels.dispose())

  it('reports every batch with its weights, training exactly what full speed trains', async () => {
    const epochs = 2
    const full = await sessionEvents(kernels, circleJob(dataset, { epochs }))
    const paced = await sessionEvents(kernels, circleJob(dataset, { epochs, pace: MAX_PACE }))
    const reports = progressOf(paced)
    expect(reports.map((report) => report.step)).toEqual(
      Array.from({ length: 2 * 32 }, (_, k) => k + 1)
    )
    expect(reports.every((report) => report.parameters !== undefined)).toBe(true)
    // The weights after an epoch's last batch are that epoch's checkpoint.
    const firstEpoch = paced.flatMap((event) => (event.type === 'epochs' ? event.epochs : []))[0]
    expect(plain(reports[31].parameters)).toEqual(plain(firstEpoch.checkpoint.parameters))
    expect(finalModel(paced)).toEqual(finalModel(full))
    // At full speed, the views follow the epochs: no weights travel with progress.
    expect(progressOf(full).some((report) => report.parameters !== undefined)).toBe(false)
  })

  it('goes to full speed when told, mid-run', async () => {
    const job = circleJob(dataset, { epochs: 2, pace: MAX_PACE })
    const events = await sessionEvents(kernels, job, (event, session) => {
      if (event.type === 'progress' && event.step === 5)
        session.command({ type: 'pace', pace: null })
    })
    const reports = progressOf(events)
    expect(reports.slice(0, 5).every((report) => report.parameters)).toBe(true)
    expect(reports.slice(5).some((report) => report.parameters)).toBe(false)
    expect(finalModel(events)).toEqual(
      finalModel(await sessionEvents(kernels, circleJob(dataset, { epochs: 2 })))
    )
  })

  it('sends the weights of a batch stepped while paused', async () => {
    let stepped = 0
    const events = await sessionEvents(
      kernels,
      circleJob(dataset, { startPaused: true }),
      (event, session) => {
        if (event.type === 'started') session.command({ type: 'step' })
        if (event.type === 'progress') {
          stepped++
          session.command({ type: stepped < 3 ? 'step' : 'stop' })
        }
      }
    )
    const reports = progressOf(events)
    expect(reports.slice(0, 3).map((report) => report.step)).toEqual([1, 2, 3])
    expect(reports.slice(0, 3).every((report) => report.parameters)).toBe(true)
    expect(plain(reports[0].parameters)).not.toEqual(plain(reports[1].parameters))
  })

  it('keeps its pace when every batch ends an epoch and main takes each report at once', async () => {
    // Full batch: each batch ends an epoch, whose report main answers within a millisecond; the
    // answer once ended the rest before the next batch, and slow motion ran at full speed.
    const pace = 20
    const batches = 6
    const started = performance.now()
    const events = await sessionEvents(
      kernels,
      circleJob(dataset, { epochs: batches, pace, batchSize: 'full' })
    )
    const seconds = (performance.now() - started) / 1000
    expect(progressOf(events).map((report) => report.step)).toContain(batches)
    // Five rests of 1/20 s between six batches (at least: the pace is an upper bound).
    expect(seconds).toBeGreaterThanOrEqual((batches - 1) / pace)
  })
})
