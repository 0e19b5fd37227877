import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SlopesTable from '@renderer/components/learn/SlopesTable.vue'
import { i18n } from '@renderer/i18n'
import { HIDDEN_ACTIVATION_NAMES } from '@shared/model/network'

/**
 * Learn's table of slopes f′(z), read from the activation catalogue: a row for every hidden
 * activation, typeset, with f′ at z = −4, −1, 0, 1, 4 as the lab computes it. The smooth
 * rectifiers' slopes are checked against mpmath at 30 digits (GELU′ = Φ(z) + z φ(z), SiLU′).
 */
describe('the slopes table', () => {
  const wrapper = mount(SlopesTable, { global: { plugins: [i18n] } })
  const row = (activation: string) =>
    wrapper
      .get(`tr[data-activation="${activation}"]`)
      .findAll('td.number')
      .map((cell) => cell.text())

  it('has a typeset row for every hidden activation', () => {
    const rows = wrapper.findAll('tbody tr').map((each) => each.attributes('data-activation'))
    expect(rows).toEqual(HIDDEN_ACTIVATION_NAMES)
    expect(wrapper.findAll('.katex-error')).toHaveLength(0)
  })

  it('shows the lab’s slopes, z = 0 as CONTRACTS.md takes it', () => {
    expect(row('sigmoid')).toEqual(['0.01766', '0.1966', '0.25', '0.1966', '0.01766'])
    expect(row('relu')).toEqual(['0', '0', '0', '1', '1'])
    expect(row('leaky-relu')).toEqual(['0.01', '0.01', '0.01', '1', '1'])
    // mpmath: diff(z·ncdf(z)) at −4, −1, 0, 1, 4 = −0.00050365, −0.083315, 0.5, 1.0833, 1.0005
    expect(row('gelu')).toEqual(['-0.0005036', '-0.08332', '0.5', '1.083', '1.001'])
    // mpmath: diff(z/(1 + e^−z)) at −4, −1, 0, 1, 4 = −0.052665, 0.072329, 0.5, 0.92767, 1.0527
    expect(row('silu')).toEqual(['-0.05266', '0.07233', '0.5', '0.9277', '1.053'])
  })
})
