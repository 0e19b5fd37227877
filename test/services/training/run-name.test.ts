import { describe, expect, it } from 'vitest'
import { defaultRunName } from '../../../src/main/services/training/run-name'
import { completeRunConfig } from '../../../src/shared/model/run-defaults'
import type { RunConfig } from '../../../src/shared/model/run'

const config = (given: Partial<RunConfig> = {}) =>
  completeRunConfig({ hidden: [8, 8], epochs: 100, ...given }, 320)

describe('default run names', () => {
  it('are the data and network for the first run of a design', () => {
    expect(defaultRunName('two-spirals 2-8-8-1', config(), [])).toBe('two-spirals 2-8-8-1')
  })

  it('carry what differs from the last run of the same design, so four runs can be told apart', () => {
    const base = 'two-spirals 2-8-8-1'
    const names: string[] = []
    const earlier: { name: string; config: RunConfig }[] = []
    for (const given of [
      {},
      { optimizer: 'sgd' as const, learningRate: 0.1 },
      { optimizer: 'sgd' as const, learningRate: 0.1, seed: 7 },
      { optimizer: 'sgd' as const, learningRate: 0.1, seed: 7 }
    ]) {
      const name = defaultRunName(base, config(given), earlier)
      names.push(name)
      earlier.push({ name, config: config(given) })
    }
    expect(names).toEqual([
      'two-spirals 2-8-8-1',
      'two-spirals 2-8-8-1 · sgd, lr 0.1',
      'two-spirals 2-8-8-1 · seed 7',
      'two-spirals 2-8-8-1 #4'
    ])
    expect(new Set(names).size).toBe(4)
  })

  it('says one epoch as one', () => {
    const earlier = [{ name: 'iris 4-8-3', config: config() }]
    expect(defaultRunName('iris 4-8-3', config({ epochs: 1 }), earlier)).toBe(
      'iris 4-8-3 · 1 epoch'
    )
    expect(defaultRunName('iris 4-8-3', config({ epochs: 2 }), earlier)).toBe(
      'iris 4-8-3 · 2 epochs'
    )
  })

  it('never repeats a name already taken', () => {
    const base = 'iris 4-8-3'
    const earlier = [
      { name: base, config: config() },
      { name: `${base} · lr 0.01`, config: config({ learningRate: 0.01 }) },
      { name: base, config: config() }
    ]
    expect(defaultRunName(base, config({ learningRate: 0.01 }), earlier)).toBe(
      `${base} · lr 0.01 #4`
    )
  })
})
