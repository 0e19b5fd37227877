import type { DiagnosticFinding, DiagnosticKind } from '@shared/model/inspect'
import { formatPercent, formatShort } from './number-format'

/** The message key (under `inspect.diagnostics.kinds`) of each kind. */
export const DIAGNOSTIC_KEYS: Record<DiagnosticKind, string> = {
  'dead-relu': 'deadRelu',
  'saturated-units': 'saturatedUnits',
  'vanishing-gradients': 'vanishingGradients',
  'exploding-gradients': 'explodingGradients',
  'rising-loss': 'risingLoss'
}

/** A translated sentence: its key and its parameters (numbers already written out). */
export interface DiagnosticSentence {
  key: string
  params: Record<string, string | number>
}

/**
 * The sentence explaining a finding, with its numbers: unit counts and shares, gradient norms
 * and ratios, the loss's rise and the learning rate. A norm past the absolute bound with no
 * earlier epoch to compare (`earlierNorm` 0) gets its own sentence.
 */
export function diagnosticSentence(finding: DiagnosticFinding): DiagnosticSentence {
  const values = finding.values
  const layer = finding.layer ?? 0
  const short = (name: string) => formatShort(values[name] ?? NaN)
  const base = `inspect.diagnostics.kinds.${DIAGNOSTIC_KEYS[finding.kind]}`
  switch (finding.kind) {
    case 'dead-relu':
      return {
        key: base,
        params: {
          layer,
          count: values.deadUnits,
          units: values.units,
          percent: formatPercent(values.fraction),
          rows: values.probeRows
        }
      }
    case 'saturated-units':
      return {
        key: base,
        params: {
          layer,
          count: values.saturatedUnits,
          units: values.units,
          percent: formatPercent(values.fraction),
          rows: values.probeRows
        }
      }
    case 'vanishing-gradients':
      return {
        key: base,
        params: {
          layer,
          norm: short('norm'),
          outputNorm: short('outputNorm'),
          ratio: short('ratio')
        }
      }
    case 'exploding-gradients':
      return values.earlierNorm > 0
        ? {
            key: base,
            params: {
              layer,
              norm: short('norm'),
              growth: formatShort(values.growth),
              epochs: values.epochs
            }
          }
        : { key: `${base}Large`, params: { layer, norm: short('norm') } }
    case 'rising-loss':
      return {
        key: base,
        params: {
          epochs: values.epochs,
          from: short('from'),
          to: short('to'),
          learningRate: short('learningRate'),
          defaultLearningRate: short('defaultLearningRate')
        }
      }
  }
}
