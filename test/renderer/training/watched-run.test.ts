import { describe, expect, it } from 'vitest'
import { emptyLiveRun, withPage, withState } from '@renderer/lib/runs/live-run'
import { architectureName, resultOf, subjectOfView } from '@renderer/lib/training/watched-run'
import { liveState, storedRun } from './fixtures'

describe('the watched run', () => {
  it('names a network by its widths, or by its classic name without hidden layers', () => {
    const relu = { units: 16, activation: 'relu' as const }
    const softmax = { units: 10, activation: 'softmax' as const }
    expect(architectureName(64, [relu, softmax], 'cross-entropy')).toBe('64–16–10')
    expect(architectureName(64, [softmax], 'cross-entropy')).toBe('softmax regression')
    expect(
      architectureName(30, [{ units: 1, activation: 'sigmoid' }], 'binary-cross-entropy')
    ).toBe('logistic regression')
  })

  it('describes a stored run by its own dataset and network', () => {
    expect(subjectOfView(storedRun())).toEqual({
      datasetId: 'd9',
      dataset: 'digits',
      architecture: '64–16–10',
      classes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']
    })
  })

  it('gives an ended run’s result as stored, and none while it runs', () => {
    const view = storedRun(3, 'interrupted')
    expect(resultOf(withPage(emptyLiveRun('r7'), view))).toEqual({
      runId: 'r7',
      status: 'interrupted',
      error: null,
      epochs: 3,
      summary: view.summary,
      earlyStop: null,
      targetCheck: null,
      seconds: 9
    })
    expect(resultOf(withPage(emptyLiveRun('r7'), storedRun(3, 'running')))).toBeNull()
  })

  it('gives a run that ended here the result main sent at its end', () => {
    const running = withPage(emptyLiveRun('r1'), storedRun(3, 'running'))
    const end = { error: null, epochs: 4, summary: null, earlyStop: null, targetCheck: null }
    const finished = withState(
      running,
      liveState({ status: 'stopped', end, activeSeconds: 5.2 }),
      0
    )
    // Its training time is the one its progress showed.
    expect(resultOf(finished)).toEqual({ runId: 'r1', status: 'stopped', ...end, seconds: 5.2 })
  })
})
