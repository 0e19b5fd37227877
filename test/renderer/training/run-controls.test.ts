import { describe, expect, it } from 'vitest'
import {
  buildStartRequest,
  controlStates,
  type RunPhase,
  type TrainingSettings
} from '@renderer/lib/training/run-controls'

const SETTINGS: TrainingSettings = {
  optimizer: 'momentum',
  learningRate: 0.05,
  lrSchedule: { kind: 'cosine', minLearningRate: 0.001, warmupEpochs: 2 },
  earlyStopping: { monitor: 'val-accuracy', patience: 4, restoreBest: true },
  momentum: 0.8,
  l1: 0,
  l2: 0.001,
  batchSize: 'full',
  epochs: null,
  seed: 7,
  precision: 'f64',
  split: [0.7, 0.2, 0.1],
  normalize: 'minmax',
  shuffle: false
}

describe('which controls a phase allows', () => {
  const table: [RunPhase, string[]][] = [
    ['idle', ['start', 'step']],
    ['starting', []],
    ['running', ['pause', 'stop']],
    ['paused', ['resume', 'step', 'stop']],
    ['ended', ['start', 'step']]
  ]
  it.each(table)('%s: %j', (phase, enabled) => {
    const states = controlStates(phase, true)
    expect(Object.keys(states).filter((control) => states[control as keyof typeof states])).toEqual(
      enabled
    )
  })

  it('a blocked start also blocks stepping into a new run, but not stepping a paused one', () => {
    expect(controlStates('idle', false)).toEqual({
      start: false,
      pause: false,
      resume: false,
      step: false,
      stop: false
    })
    expect(controlStates('paused', false).step).toBe(true)
  })
})

describe('the start request', () => {
  const network = {
    hidden: [8, 4],
    activation: 'tanh' as const,
    hiddenActivations: ['tanh' as const, 'relu' as const],
    output: 'auto' as const,
    loss: 'auto' as const,
    initModel: null
  }

  it('merges the settings with the network design and leaves auto epochs to main', () => {
    const request = buildStartRequest('d1', SETTINGS, network, false)
    expect(request).toEqual({
      datasetId: 'd1',
      startPaused: false,
      config: {
        optimizer: 'momentum',
        learningRate: 0.05,
        lrSchedule: { kind: 'cosine', minLearningRate: 0.001, warmupEpochs: 2 },
        earlyStopping: { monitor: 'val-accuracy', patience: 4, restoreBest: true },
        momentum: 0.8,
        l1: 0,
        l2: 0.001,
        batchSize: 'full',
        seed: 7,
        precision: 'f64',
        split: [0.7, 0.2, 0.1],
        normalize: 'minmax',
        shuffle: false,
        hidden: [8, 4],
        activation: 'tanh',
        hiddenActivations: ['tanh', 'relu'],
        output: 'auto',
        loss: 'auto',
        initModel: null
      }
    })
    expect('epochs' in request.config).toBe(false)
  })

  it('passes chosen epochs and the paused start on', () => {
    const request = buildStartRequest('d1', { ...SETTINGS, epochs: 12 }, network, true)
    expect(request.config.epochs).toBe(12)
    expect(request.startPaused).toBe(true)
  })

  it('hands over copies, so later edits of the settings do not change a sent request', () => {
    const settings = { ...SETTINGS, split: [0.8, 0.2] }
    const request = buildStartRequest('d1', settings, network, false)
    settings.split.push(0.1)
    expect(request.config.split).toEqual([0.8, 0.2])
  })
})
