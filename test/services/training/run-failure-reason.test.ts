import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../src/main/lab'
import { textOf } from '../../../src/shared/messages'
import { IRIS_CSV, irisConfig } from './support/iris-lab'
import { standInEngine } from './support/stand-in-engine'

/**
 * `runs.error`, why a run failed: written as a message of the table (its JSON, so the app can
 * say it in Chinese too), and read back through the one decoder that also takes the plain text
 * an older version stored.
 */
describe("a run's stored failure reason", () => {
  let home = ''
  let lab: Lab
  let engine: ReturnType<typeof standInEngine>
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-run-error-'))
    engine = standInEngine()
    lab = openLab({ home, spawnEngine: engine.spawn })
  })
  afterEach(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  /** A run whose engine crashed, as it ended. */
  async function crashedRun() {
    const datasetId = (await lab.imports.importPath(IRIS_CSV)).dataset.datasetId
    const run = lab.training.start({ datasetId, config: irisConfig({}), initialModel: null })
    await engine.job
    engine.say({ type: 'crashed', message: 'RangeError: Array buffer allocation failed\n  at x' })
    return run.finished
  }
  const storedError = (runId: string) =>
    (
      lab.db.connection.prepare('SELECT error FROM runs WHERE id = ?').get(runId) as {
        error: string | null
      }
    ).error

  it("an engine's crash is stored as a message, not as English text", async () => {
    const outcome = await crashedRun()
    expect(outcome.status).toBe('failed')
    expect(JSON.parse(storedError(outcome.runId)!)).toEqual({
      code: 'run.engineCrashed',
      params: { problem: 'RangeError: Array buffer allocation failed' }
    })
    expect(textOf(lab.runs.get(outcome.runId).error!)).toBe(
      'the engine crashed: RangeError: Array buffer allocation failed'
    )
  })

  it('a reason stored as plain text by an older version reads back as it is everywhere', async () => {
    const { runId } = await crashedRun()
    const old = 'the engine crashed: out of memory'
    lab.db.connection.prepare('UPDATE runs SET error = ? WHERE id = ?').run(old, runId)
    expect(lab.runs.get(runId).error).toBe(old)
    expect(lab.runs.list().find((run) => run.runId === runId)?.error).toBe(old)
    expect(lab.runs.page(runId).detail.error).toBe(old)
  })
})
