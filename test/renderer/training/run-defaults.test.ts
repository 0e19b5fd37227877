import { describe, expect, it } from 'vitest'
import { completeRunConfig, DEFAULT_RUN_CONFIG } from '@shared/model/run-defaults'
import type { RunConfig } from '@shared/model/run'
import { buildStartRequest, DEFAULT_SETTINGS } from '@renderer/lib/training/run-controls'
import { DEFAULT_DRAFT } from '@renderer/stores/network'

/** What main fills in for a run given nothing: the CLI's `train DATA` and `training:start` alike. */
const filled = completeRunConfig({}, 120)

describe('one set of run defaults (issue 15)', () => {
  it('the designer starts with the network a run made without options gets', () => {
    // The designer used 16 hidden units where the CLI used 32.
    expect(DEFAULT_DRAFT).toEqual({
      hidden: filled.hidden.map((units) => ({ units, activation: filled.activation })),
      output: filled.output,
      loss: filled.loss
    })
    expect(filled.hidden).toEqual([32])
  })

  it("the Training screen's first settings are the ones main fills in", () => {
    const { config } = buildStartRequest('d1', DEFAULT_SETTINGS, {}, false)
    for (const [key, value] of Object.entries(config))
      expect(value, key).toEqual(filled[key as keyof RunConfig])
    expect(config.learningRate).toBe(0.005)
  })

  it('hands out copies, so editing a draft never changes the defaults', () => {
    const config = completeRunConfig({}, 120)
    config.hidden.push(8)
    config.split[0] = 1
    expect(DEFAULT_RUN_CONFIG.hidden).toEqual([32])
    expect(DEFAULT_RUN_CONFIG.split).toEqual([0.8, 0.2])
  })
})
