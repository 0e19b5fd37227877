import { appliedTex } from '@shared/model/activations/catalogue'
import { lossRecord } from '@shared/model/losses/catalogue'
import { formatExact } from './number-format'
import {
  activationExpression,
  lossTerm,
  MAX_SUM_TERMS,
  operand,
  sumOfProducts
} from './step-arithmetic'
import {
  activationsOf,
  column,
  named,
  traceLayer,
  type StepContext,
  type StepView
} from './step-context'
import { isSmallLayer, layerWidths, shownUnits } from './step-sequence'

/** Forward through layer l: z = Wa + b for each unit, then a = f(z). */
export function forwardView(context: StepContext, layer: number): StepView {
  const spec = context.network.layers[layer - 1]
  const trace = traceLayer(context, layer)
  const previous = activationsOf(context, layer - 1)
  const [z, a] = [trace.z[0], trace.a[0]]
  const zTex = `z^{(${layer})}`
  const formula = `${zTex} = W^{(${layer})} a^{(${layer - 1})} + b^{(${layer})}, \\qquad a^{(${layer})} = ${appliedTex(spec.activation, zTex)}`
  const groups = shownUnits(context.network, layer, context.followed(layer)).map((unit) => ({
    title: { key: 'groups.unit', params: { unit: unit + 1, layer } },
    lines: [
      named(context, (s) => s.z(layer, unit), {
        expression: sumOfProducts(
          trace.weights[unit].map((weight, input) => [weight, previous[input]] as const),
          trace.biases[unit]
        ),
        value: z[unit]
      }),
      named(context, (s) => s.a(layer, unit), {
        expression: activationExpression(spec, z[unit], z),
        value: a[unit]
      })
    ]
  }))
  const small = isSmallLayer(context.network, layer)
  const { inputs } = layerWidths(context.network, layer)
  return {
    formula,
    groups,
    matrices: small
      ? [
          { symbol: `W^{(${layer})}`, rows: trace.weights },
          { symbol: `a^{(${layer - 1})}`, rows: column(previous) },
          { symbol: `b^{(${layer})}`, rows: column(trace.biases) },
          { symbol: `z^{(${layer})}`, rows: column(z) },
          { symbol: `a^{(${layer})}`, rows: column(a) }
        ]
      : [],
    notes: inputs > MAX_SUM_TERMS ? [{ key: 'notes.termsSkipped', params: { count: inputs } }] : []
  }
}

/** The most output units the loss step lists (more: the followed one and those with y ≠ 0). */
const MAX_LOSS_LINES = 16

/** The sample's cost: each output's share, then J. */
export function lossView(context: StepContext): StepView {
  const { network, targets, l1, l2 } = context
  const last = network.layers.length
  const a = activationsOf(context, last)
  const l1Tex = l1 > 0 ? ' + \\lambda_1 \\sum_l \\sum \\big|W^{(l)}\\big|' : ''
  const l2Tex = l2 > 0 ? ' + \\frac{\\lambda}{2} \\sum_l \\big\\lVert W^{(l)} \\big\\rVert^2' : ''
  const penalized = l1 > 0 || l2 > 0
  const followed = context.followed(last)
  const units = a
    .map((_, unit) => unit)
    .filter((unit) => a.length <= MAX_LOSS_LINES || unit === followed || targets[unit] !== 0)
  const terms = units.map((unit) => ({ unit, ...lossTerm(network.loss, a[unit], targets[unit]) }))
  const dataTerm = terms.reduce((sum, term) => sum + term.value, 0)
  const totalLine = named(context, (s) => s.cost, {
    expression:
      terms.map((term) => operand(term.value)).join(' + ') +
      (penalized ? ` + ${formatExact(context.cost - dataTerm)}` : ''),
    value: context.cost
  })
  return {
    formula: lossRecord(network.loss).tex.sample + l1Tex + l2Tex,
    groups: [
      {
        title: { key: 'groups.outputs' },
        lines: terms.map((term) =>
          named(context, (s) => s.costTerm(term.unit), {
            expression: term.expression,
            value: term.value
          })
        )
      },
      { title: { key: 'groups.cost' }, lines: [totalLine] }
    ],
    matrices: [],
    notes: [
      ...(units.length < a.length ? [{ key: 'notes.zeroTerms' }] : []),
      ...(l1 > 0 ? [{ key: 'notes.l1Cost', params: { lambda: formatExact(l1) } }] : []),
      ...(l2 > 0 ? [{ key: 'notes.l2Cost', params: { lambda: formatExact(l2) } }] : [])
    ]
  }
}
