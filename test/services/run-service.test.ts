import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { UserError } from '../../src/shared/errors'
import { createHandlers } from '../../src/main/ipc/handlers'
import { openLab, type Lab } from '../../src/main/lab'

/** Every service call given an unknown run id, each answered by the one UserError. */
const UNKNOWN_RUN_CALLS: [string, (lab: Lab) => unknown][] = [
  ['runs.get', (lab) => lab.runs.get('r404')],
  ['runs.page', (lab) => lab.runs.page('r404')],
  ['runs.metrics', (lab) => lab.runs.metrics('r404')],
  ['runs.lastCheckpointEpoch', (lab) => lab.runs.lastCheckpointEpoch('r404')],
  ['runs.rename', (lab) => lab.runs.rename('r404', 'x')],
  ['runs.annotate', (lab) => lab.runs.annotate('r404', '', [])],
  ['runs.delete', (lab) => lab.runs.delete('r404')],
  ['runs.model', (lab) => lab.runs.model('r404')],
  ['runs.report', (lab) => lab.runs.report('r404')],
  ['training.resume', (lab) => lab.training.resume('r404')],
  ['training.currentModel', (lab) => lab.training.currentModel('r404')],
  ['inspect.layer', (lab) => lab.inspect.layer({ runId: 'r404', layer: 1 })],
  ['inspect.history', (lab) => lab.inspect.history({ runId: 'r404' })]
]

describe('the services are the only door (issue 15)', () => {
  let home: string
  let lab: Lab
  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-doors-'))
    lab = openLab({ home })
  })
  afterAll(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  it.each(UNKNOWN_RUN_CALLS)('%s names an unknown run with the same UserError', (_name, call) => {
    let thrown: unknown
    try {
      call(lab)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(UserError)
    expect((thrown as Error).message).toBe('no run with id r404')
  })

  it("serves every host's Inspect calls from the lab's one InspectService (and its caches)", () => {
    const history = vi.spyOn(lab.inspect, 'history')
    const hosts = [0, 1].map(() =>
      createHandlers({ lab, emit: () => {}, mode: 'browser', version: 'test', resourcesDir: '' })
    )
    for (const handlers of hosts)
      expect(() => handlers['inspect:history']({ runId: 'r404' }, undefined as never)).toThrow(
        'no run with id r404'
      )
    expect(history).toHaveBeenCalledTimes(2)
  })

  it('keeps the UI state and the appearance through the settings service', () => {
    expect(lab.settings.appearance()).toBe('system')
    lab.settings.saveAppearance('dark')
    expect(lab.settings.appearance()).toBe('dark')
    expect(lab.settings.uiState()).toBeNull()
  })
})
