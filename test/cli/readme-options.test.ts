import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { DEFAULT_ACTIVATION_SETTINGS } from '../../src/shared/model/activations/activation-record'
import { HIDDEN_ACTIVATION_NAMES } from '../../src/shared/model/network'

/**
 * The README is the front door: its `train` options name every hidden activation the command
 * line takes (from the activation catalogue), and it says which GELU form the engine computes
 * when a model file does not (CONTRACTS.md section 4).
 */
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8')

describe('the README', () => {
  it('lists every hidden activation under --activation', () => {
    const listed = /`--activation ([a-z|-]+)`/.exec(README)?.[1].split('|')
    expect(new Set(listed)).toEqual(new Set(HIDDEN_ACTIVATION_NAMES))
  })

  it('states the GELU form the engine computes by default', () => {
    expect(README).toContain(`"approximate": "${DEFAULT_ACTIVATION_SETTINGS.approximate}"`)
  })
})
