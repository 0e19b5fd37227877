import { formatExact } from './number-format'
import {
  derivativeOf,
  isFusedOutput,
  lossGradient,
  operand,
  sumOfProducts
} from './step-arithmetic'
import {
  activationsOf,
  column,
  named,
  traceLayer,
  type StepContext,
  type StepLine,
  type StepText,
  type StepView
} from './step-context'
import { isSmallLayer, layerWidths, shownUnits } from './step-sequence'
import type { StepSymbols } from './step-symbols'

/** Inputs a wide layer's gradient and update lines show: those with the largest gradients. */
const SHOWN_INPUTS = 4

/** The inputs k of unit j whose lines a step shows: all in a small layer, else the largest |∂J/∂W[j][k]|. */
function shownInputs(context: StepContext, layer: number, gradients: readonly number[]): number[] {
  const all = gradients.map((_, input) => input)
  if (isSmallLayer(context.network, layer)) return all
  return all
    .sort((a, b) => Math.abs(gradients[b]) - Math.abs(gradients[a]) || a - b)
    .slice(0, SHOWN_INPUTS)
    .sort((a, b) => a - b)
}

/** How δ of a unit came about: ∂J/∂a and f′(z) (null: δ is the fused a − y). */
interface DeltaParts {
  lines: StepLine[]
  /** The factors before a(l−1)_k in ∂J/∂W[j][k], by symbol and by number. */
  factors: ((symbols: StepSymbols) => string)[]
  numbers: number[]
}

/** ∂J/∂a(l)_j: from the loss at the outputs, else Σᵢ W(l+1)[i][j] δ(l+1)ᵢ. */
function costGradient(context: StepContext, layer: number, unit: number): StepLine {
  const last = context.network.layers.length
  const a = activationsOf(context, layer)[unit]
  if (layer === last) {
    const gradient = lossGradient(context.network.loss, a, context.targets[unit])
    return named(context, (s) => s.dJda(layer, unit), gradient)
  }
  const next = traceLayer(context, layer + 1)
  const pairs = next.weights.map((row, i) => [row[unit], next.delta[0][i]] as const)
  return named(context, (s) => s.dJda(layer, unit), {
    expression: sumOfProducts(pairs),
    value: pairs.reduce((sum, [weight, delta]) => sum + weight * delta, 0)
  })
}

function deltaParts(context: StepContext, layer: number, unit: number): DeltaParts {
  const spec = context.network.layers[layer - 1]
  const trace = traceLayer(context, layer)
  const delta = trace.delta[0][unit]
  const last = layer === context.network.layers.length
  if (last && isFusedOutput(context.network.loss, spec)) {
    const a = trace.a[0][unit]
    const line = named(context, (s) => s.delta(layer, unit), {
      expression: `${formatExact(a)} - ${formatExact(context.targets[unit])}`,
      value: delta
    })
    return { lines: [line], factors: [(s) => s.delta(layer, unit)], numbers: [delta] }
  }
  const gradient = costGradient(context, layer, unit)
  const derivative = derivativeOf(spec, trace.z[0][unit], trace.a[0][unit])
  if (!derivative) {
    const line = named(context, (s) => s.delta(layer, unit), { value: delta })
    return { lines: [gradient, line], factors: [(s) => s.delta(layer, unit)], numbers: [delta] }
  }
  return {
    lines: [
      gradient,
      named(context, (s) => s.dadz(layer, unit), derivative),
      named(context, (s) => s.delta(layer, unit), {
        expression: `${operand(gradient.value)} × ${operand(derivative.value)}`,
        value: delta
      })
    ],
    factors: [(s) => s.dJda(layer, unit), (s) => s.dadz(layer, unit)],
    numbers: [gradient.value, derivative.value]
  }
}

/** Backward through layer l: δ(l) of each shown unit, then ∂J/∂W(l) and ∂J/∂b(l). */
export function backwardView(context: StepContext, layer: number): StepView {
  const { network, l1, l2 } = context
  const spec = network.layers[layer - 1]
  const trace = traceLayer(context, layer)
  const previous = activationsOf(context, layer - 1)
  const last = layer === network.layers.length
  const deltaTex = last
    ? isFusedOutput(network.loss, spec)
      ? `\\delta^{(${layer})} = a^{(${layer})} - y`
      : `\\delta^{(${layer})} = \\frac{\\partial J}{\\partial a^{(${layer})}} \\odot f'\\big(z^{(${layer})}\\big)`
    : `\\delta^{(${layer})} = \\big(W^{(${layer + 1})}\\big)^{\\top} \\delta^{(${layer + 1})} \\odot f'\\big(z^{(${layer})}\\big)`
  const l1Tex = l1 > 0 ? ` + \\lambda_1 \\operatorname{sign}\\big(W^{(${layer})}\\big)` : ''
  const l2Tex = l2 > 0 ? ` + \\lambda W^{(${layer})}` : ''
  const formula = `${deltaTex}, \\qquad \\frac{\\partial J}{\\partial W^{(${layer})}} = \\delta^{(${layer})} a^{(${layer - 1})\\top}${l1Tex}${l2Tex}, \\qquad \\frac{\\partial J}{\\partial b^{(${layer})}} = \\delta^{(${layer})}`
  const frozen = { weights: !spec.trainable.weights, biases: !spec.trainable.biases }
  const groups = shownUnits(network, layer, context.followed(layer)).map((unit) => {
    const parts = deltaParts(context, layer, unit)
    const gradients = trace.weightGradients[unit]
    const weightLines = shownInputs(context, layer, gradients).map((input) => {
      const chain = (s: StepSymbols) =>
        [...parts.factors.map((factor) => factor(s)), s.dzdw(layer, unit, input)].join(' \\cdot ')
      const numbers = [...parts.numbers, previous[input]].map(operand).join(' × ')
      const weight = trace.weights[unit][input]
      return named(context, (s) => s.dJdw(layer, unit, input), {
        factors: {
          lab: chain(context.symbols),
          textbook: context.textbook ? chain(context.textbook) : undefined
        },
        expression:
          numbers +
          (l1 > 0 ? ` + ${formatExact(l1)} × ${operand(Math.sign(weight))}` : '') +
          (l2 > 0 ? ` + ${formatExact(l2)} × ${operand(weight)}` : ''),
        value: gradients[input],
        frozen: frozen.weights
      })
    })
    const biasLine = named(context, (s) => s.dJdb(layer, unit), {
      expression: operand(trace.delta[0][unit]),
      value: trace.biasGradients[unit],
      frozen: frozen.biases
    })
    return {
      title: { key: 'groups.unit', params: { unit: unit + 1, layer } },
      lines: [...parts.lines, ...weightLines, biasLine]
    }
  })
  const small = isSmallLayer(network, layer)
  const { inputs } = layerWidths(network, layer)
  const notes: StepText[] = []
  if (!small && inputs > SHOWN_INPUTS)
    notes.push({ key: 'notes.largestGradients', params: { shown: SHOWN_INPUTS, count: inputs } })
  if (frozen.weights || frozen.biases) notes.push({ key: 'notes.frozenGradients' })
  return {
    formula,
    groups,
    matrices: small
      ? [
          { symbol: `\\delta^{(${layer})}`, rows: column(trace.delta[0]) },
          { symbol: `\\frac{\\partial J}{\\partial W^{(${layer})}}`, rows: trace.weightGradients },
          {
            symbol: `\\frac{\\partial J}{\\partial b^{(${layer})}}`,
            rows: column(trace.biasGradients)
          }
        ]
      : [],
    notes
  }
}

/** One parameter's update: new = old − η · gradient (a frozen one stays as it was). */
function updateLine(
  context: StepContext,
  pick: (symbols: StepSymbols) => string,
  before: number,
  gradient: number,
  after: number,
  frozen: boolean
): StepLine {
  return named(context, (s) => s.updated(pick(s)), {
    expression: frozen
      ? formatExact(before)
      : `${formatExact(before)} - ${formatExact(context.learningRate)} × ${operand(gradient)}`,
    value: after,
    frozen
  })
}

/** The update of every layer: W ← W − η ∂J/∂W and b ← b − η ∂J/∂b, for the shown units. */
export function updateView(context: StepContext): StepView {
  const { network, learningRate } = context
  const groups = network.layers.map((spec, index) => {
    const layer = index + 1
    const trace = traceLayer(context, layer)
    const lines = shownUnits(network, layer, context.followed(layer)).flatMap((unit) => {
      const gradients = trace.weightGradients[unit]
      const weights = shownInputs(context, layer, gradients).map((input) =>
        updateLine(
          context,
          (s) => s.w(layer, unit, input),
          trace.weights[unit][input],
          gradients[input],
          trace.updatedWeights[unit][input],
          !spec.trainable.weights
        )
      )
      const bias = updateLine(
        context,
        (s) => s.b(layer, unit),
        trace.biases[unit],
        trace.biasGradients[unit],
        trace.updatedBiases[unit],
        !spec.trainable.biases
      )
      return [...weights, bias]
    })
    return { title: { key: 'groups.layer', params: { layer } }, lines }
  })
  return {
    formula: `W^{(l)} \\leftarrow W^{(l)} - \\eta \\frac{\\partial J}{\\partial W^{(l)}}, \\qquad b^{(l)} \\leftarrow b^{(l)} - \\eta \\frac{\\partial J}{\\partial b^{(l)}}, \\qquad \\eta = ${formatExact(learningRate)}`,
    groups,
    matrices: [],
    notes: [{ key: 'notes.plainStep' }]
  }
}
