import type { Command } from 'commander'
import { featureInputNames } from '../../../shared/model/input-features'
import { summaryOf } from '../command-list'
import { DEFAULT_CHECK_EPSILON } from '../../../shared/model/gradient-tolerance'
import { createJsKernels, gradientCheck, networkFromModelFile, traceStep } from '../../engine'
import { withLab, type GlobalOptions } from '../context'
import { formatNumber, table, type Output } from '../output'
import { parseNonNegative, parsePositive, parseRows } from '../option-values'
import { resolveModel } from '../resolve'
import { preprocessedRows } from '../../services/predict'
import { traceLearningRate, traceRegularization } from '../../services/inspect/trace-inspection'
import { addGlobalOptions } from './global-options'
import { modelInputError } from './model-input'

interface StepOptions extends GlobalOptions {
  input: number[][]
  target: number[][]
  lr?: number
  l1?: number
  l2?: number
  epsilon?: number
}

/** `trace` and `gradcheck`: one step with every number, and backprop against central differences. */
export function stepCommands(program: Command): void {
  const trace = program
    .command('trace')
    .description(summaryOf('trace'))
    .argument('<MODEL>', 'a model file or a run id')
    .requiredOption('--input <rows>', 'input rows: values separated by ",", rows by ";"', parseRows)
    .requiredOption('--target <rows>', 'target rows (one-hot rows for classes)', parseRows)
    .option(
      '--lr <rate>',
      'learning rate η (default: the run\'s, or the model file\'s "learningRate", or 0.1)',
      parsePositive
    )
    .option(
      '--l1 <lambda>',
      'L1 strength λ₁ (default: the run\'s, or the model file\'s "l1", or 0)',
      parseNonNegative
    )
    .option(
      '--l2 <lambda>',
      'L2 strength λ (default: the run\'s, or the model file\'s "l2", or 0)',
      parseNonNegative
    )
  addGlobalOptions(trace).action(async (reference: string, values: StepOptions) => {
    await withLab(values, async ({ lab, out }) => {
      const { model, runId, epoch } = resolveModel(lab, reference)
      const network = networkFromModelFile(model, createJsKernels('f64'))
      const run = runId ? lab.runs.get(runId) : null
      const learningRate = traceLearningRate(model, run, values.lr, epoch)
      const regularization = traceRegularization(model, run, { l1: values.l1, l2: values.l2 })
      const input = modelInputError(() => preprocessedRows(model, values.input))
      const result = modelInputError(() =>
        traceStep(network, input, values.target, learningRate, regularization)
      )
      out.event({ input, ...result })
      out.text(
        `One gradient-descent step, η = ${learningRate}, λ₁ = ${regularization.l1}, λ = ${regularization.l2}, batch of ${values.input.length} (Float64)`
      )
      const steps = [
        ...(model.inputFeatures
          ? [`input features ${featureInputNames(model.inputFeatures, null).join(', ')}`]
          : []),
        ...(model.preprocessing ? [`${model.preprocessing.kind} preprocessing`] : [])
      ]
      if (steps.length > 0)
        out.text(
          `inputs after the model's ${steps.join(' and ')}: ${input.map((row) => `[${row.map((v) => formatNumber(v, 6)).join(', ')}]`).join(' ')}`
        )
      out.text(`J = ${result.loss}`)
      for (const layer of result.layers) printLayer(out, layer)
    })
  })

  const gradcheck = program
    .command('gradcheck')
    .description(summaryOf('gradcheck'))
    .argument('<MODEL>', 'a model file or a run id')
    .requiredOption('--input <rows>', 'input rows: values separated by ",", rows by ";"', parseRows)
    .requiredOption('--target <rows>', 'target rows (one-hot rows for classes)', parseRows)
    .option(
      '--epsilon <e>',
      'the step of the central differences',
      parsePositive,
      DEFAULT_CHECK_EPSILON
    )
    .option('--l1 <lambda>', 'L1 strength λ₁', parseNonNegative)
    .option('--l2 <lambda>', 'L2 strength λ', parseNonNegative)
  addGlobalOptions(gradcheck).action(async (reference: string, values: StepOptions) => {
    await withLab(values, async ({ lab, out }) => {
      const { model, runId } = resolveModel(lab, reference)
      const network = networkFromModelFile(model, createJsKernels('f64'))
      const run = runId ? lab.runs.get(runId) : null
      const regularization = traceRegularization(model, run, { l1: values.l1, l2: values.l2 })
      const input = modelInputError(() => preprocessedRows(model, values.input))
      const result = modelInputError(() =>
        gradientCheck(
          network,
          input,
          values.target,
          values.epsilon ?? DEFAULT_CHECK_EPSILON,
          regularization
        )
      )
      out.event(result)
      const { absolute, relative } = result.tolerance
      out.text(
        `Backprop b vs central differences n (ε = ${values.epsilon}, Float64, J = ${formatNumber(result.loss, 6)}): ` +
          `a parameter passes when |b − n| ≤ ${absolute.toExponential(1)} + ${relative.toExponential(0)} · max(|b|, |n|)`
      )
      out.text(
        table([
          [
            'LAYER',
            'MAX RELATIVE ERROR',
            'WORST',
            'BACKPROP',
            'NUMERIC',
            '|B − N|',
            'TOLERANCE',
            'KINKS',
            ''
          ],
          ...result.layers.map((layer) => [
            String(layer.layer),
            layer.maxRelativeError.toExponential(2),
            layer.worst.kind === 'weight'
              ? `W[${layer.worst.row}][${layer.worst.column}]`
              : `b[${layer.worst.row}]`,
            formatNumber(layer.worst.backprop, 8),
            formatNumber(layer.worst.numeric, 8),
            layer.worst.absoluteError.toExponential(2),
            layer.worst.tolerance.toExponential(2),
            String(layer.kinks),
            layer.passed ? 'ok' : 'FAILED'
          ])
        ])
      )
      const kinks = result.layers.reduce((sum, layer) => sum + layer.kinks, 0)
      if (kinks > 0)
        out.text(
          `${kinks} parameter${kinks === 1 ? '' : 's'} moved a ReLU unit across 0 within ±ε: ` +
            'their central difference is no derivative, so they were not judged.'
        )
      out.text(result.passed ? 'passed' : 'FAILED')
    })
  })
}

function printLayer(out: Output, layer: ReturnType<typeof traceStep>['layers'][number]): void {
  const rows = (name: string, matrix: number[][]) =>
    out.text(
      `  ${name} = ${matrix.map((row) => `[${row.map((v) => formatNumber(v, 9)).join(', ')}]`).join(' ')}`
    )
  out.text(`layer ${layer.layer}`)
  rows('z', layer.z)
  rows('a', layer.a)
  rows('δ', layer.delta)
  rows('∂J/∂W', layer.weightGradients)
  rows('∂J/∂b', [layer.biasGradients])
  rows('W', layer.weights)
  rows('W⁺', layer.updatedWeights)
  rows('b', [layer.biases])
  rows('b⁺', [layer.updatedBiases])
}
