import { activationRecord } from '../../../shared/model/activations/catalogue'
import type { DiagnosticFinding } from '../../../shared/model/inspect'
import { createWorkspace, forward, type Matrix, type Network } from '../../engine'

/** A unit counts as saturated when it sits at its asymptotes on at least this share of the probe. */
export const SATURATED_SHARE = 0.95
/**
 * How close to an end of its range is "at" it: a sigmoid within 0.01 of 0 or 1 (f′ = a(1 − a) < 0.0099,
 * under 4 % of its peak 0.25); a tanh within 0.01 of ±1 (f′ = 1 − a² < 0.02, 2 % of its peak 1).
 */
export const ASYMPTOTE_DISTANCE = 0.01
/** From this share of a layer's units dead or saturated, a finding is a problem, not a warning. */
export const PROBLEM_SHARE = 0.5

/**
 * Findings about units, from one forward pass over a probe batch, by the activation's diagnostic
 * class in the catalogue:
 * - `dead-relu`: a rectifier unit (ReLU) whose slope f′(z) is 0 on every probe row, e.g. a ReLU
 *   with z ≤ 0 everywhere: no gradient ever reaches its incoming weights again (any layer).
 *   Rectifiers with a slope below zero (leaky ReLU) cannot die.
 * - `saturated-units`: a squashing unit (sigmoid, tanh) within ASYMPTOTE_DISTANCE of an end of its
 *   range on ≥ 95 % of the probe rows, where f′ ≈ 0 throttles the gradient through it. Hidden
 *   layers only: a confident output layer is meant to sit near 0 and 1, and its cross-entropy
 *   gradient a − y does not vanish.
 */
export function unitFindings(network: Network, probe: Matrix): DiagnosticFinding[] {
  const workspace = createWorkspace(network, probe.rows)
  forward(network, probe, workspace)
  const findings: DiagnosticFinding[] = []
  const last = network.layers.length - 1
  network.layers.forEach((layer, l) => {
    const record = activationRecord(layer.activation)
    const [z, a] = [workspace.z[l], workspace.a[l]]
    if (record.diagnosis === 'rectifier' && record.kind === 'elementwise') {
      const settings = layer.settings
      const dead = unitsWhere(probe.rows, a.cols, 1, (index) => {
        return record.slope(z.data[index], a.data[index], settings) === 0
      })
      if (dead.length > 0)
        findings.push(unitFinding('dead-relu', l + 1, dead, layer.units, probe.rows, 'deadUnits'))
    }
    if (record.diagnosis === 'squashing' && l < last) {
      const [low, high] = record.range
      const saturated = unitsWhere(probe.rows, a.cols, SATURATED_SHARE, (index) => {
        const value = a.data[index]
        return Math.min(value - low, high - value) < ASYMPTOTE_DISTANCE
      })
      if (saturated.length > 0) {
        findings.push(
          unitFinding(
            'saturated-units',
            l + 1,
            saturated,
            layer.units,
            probe.rows,
            'saturatedUnits'
          )
        )
      }
    }
  })
  return findings
}

/** Units (columns) for which `test(index)` holds on at least `share` of the first `rows` rows. */
function unitsWhere(
  rows: number,
  cols: number,
  share: number,
  test: (index: number) => boolean
): number[] {
  const units: number[] = []
  for (let j = 0; j < cols; j++) {
    let count = 0
    for (let i = 0; i < rows; i++) if (test(i * cols + j)) count++
    if (count >= share * rows) units.push(j)
  }
  return units
}

function unitFinding(
  kind: 'dead-relu' | 'saturated-units',
  layer: number,
  units: number[],
  total: number,
  probeRows: number,
  countName: string
): DiagnosticFinding {
  const fraction = units.length / total
  return {
    kind,
    layer,
    severity: fraction >= PROBLEM_SHARE ? 'problem' : 'warning',
    values: { [countName]: units.length, units: total, fraction, probeRows },
    units
  }
}
