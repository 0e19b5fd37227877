import type { Command } from 'commander'
import type { ModelFile } from '../../../shared/model/model-file'
import { createJsKernels, gradientCheck, networkFromModelFile, traceStep } from '../../engine'
import { withLab, type GlobalOptions } from '../context'
import { formatNumber, table, type Output } from '../output'
import { parseNonNegative, parsePositive, parseRows } from '../option-values'
import { resolveModel } from '../resolve'
import { preprocessedRows } from '../../services/predict'
import type { Lab } from '../../lab'
import { addGlobalOptions } from './global-options'
import { traceRegularization } from '../../services/inspect/trace-inspection'
import type { Regularization } from '../../../shared/model/training'
import { modelInputError } from './model-input'

interface StepOptions extends GlobalOptions {
  input: number[][]
  target: number[][]
  lr?: number
  l1?: number
  l2?: number
  epsilon?: number
}

/** The learning rate for `trace`: --lr, else the run's, else the model file's `learningRate` hint, else 0.1. */
function learningRateFor(lab: Lab, runId: string | null, model: ModelFile, given?: number): number {
  if (given !== undefined) return given
  const run = runId ? lab.db.runs.get(runId) : undefined
  if (run) return run.config.learningRate
  return typeof model.learningRate === 'number' && model.learningRate > 0 ? model.learningRate : 0.1
}

/** λ₁ and λ: the options given, else the run's, else the model file's, else 0. */
function regularizationFor(
  lab: Lab,
  runId: string | null,
  model: ModelFile,
  values: StepOptions
): Regularization {
  const run = runId ? (lab.db.runs.get(runId) ?? null) : null
  return traceRegularization(model, run, { l1: values.l1, l2: values.l2 })
}

/** `trace` and `gradcheck`: one step with every number, and backprop against central differences. */
export function stepCommands(program: Command): void {
  const trace = program
    .command('trace')
    .description(
      'one gradient-descent step on a batch, with every number (z, a, δ, gradients, updated weights)'
    )
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
      const { model, runId } = resolveModel(lab, reference)
      const network = networkFromModelFile(model, createJsKernels('f64'))
      const learningRate = learningRateFor(lab, runId, model, values.lr)
      const regularization = regularizationFor(lab, runId, model, values)
      const input = modelInputError(() => preprocessedRows(model, values.input))
      const result = modelInputError(() =>
        traceStep(network, input, values.target, learningRate, regularization)
      )
      out.event({ input, ...result })
      out.text(
        `One gradient-descent step, η = ${learningRate}, λ₁ = ${regularization.l1}, λ = ${regularization.l2}, batch of ${values.input.length} (Float64)`
      )
      if (model.preprocessing)
        out.text(
          `inputs after the model's ${model.preprocessing.kind} preprocessing: ${input.map((row) => `[${row.map((v) => formatNumber(v, 6)).join(', ')}]`).join(' ')}`
        )
      out.text(`J = ${result.loss}`)
      for (const layer of result.layers) printLayer(out, layer)
    })
  })

  const gradcheck = program
    .command('gradcheck')
    .description('backprop gradients against central differences, per layer')
    .argument('<MODEL>', 'a model file or a run id')
    .requiredOption('--input <rows>', 'input rows: values separated by ",", rows by ";"', parseRows)
    .requiredOption('--target <rows>', 'target rows (one-hot rows for classes)', parseRows)
    .option('--epsilon <e>', 'the step of the central differences', parsePositive, 1e-5)
    .option('--l1 <lambda>', 'L1 strength λ₁', parseNonNegative)
    .option('--l2 <lambda>', 'L2 strength λ', parseNonNegative)
  addGlobalOptions(gradcheck).action(async (reference: string, values: StepOptions) => {
    await withLab(values, async ({ lab, out }) => {
      const { model, runId } = resolveModel(lab, reference)
      const network = networkFromModelFile(model, createJsKernels('f64'))
      const regularization = regularizationFor(lab, runId, model, values)
      const input = modelInputError(() => preprocessedRows(model, values.input))
      const result = modelInputError(() =>
        gradientCheck(network, input, values.target, values.epsilon ?? 1e-5, regularization)
      )
      out.event(result)
      out.text(
        `Backprop vs central differences (ε = ${values.epsilon}, Float64; passes under 1e-6)`
      )
      out.text(
        table([
          ['LAYER', 'MAX RELATIVE ERROR', 'WORST', 'BACKPROP', 'NUMERIC'],
          ...result.layers.map((layer) => [
            String(layer.layer),
            layer.maxRelativeError.toExponential(2),
            layer.worst.kind === 'weight'
              ? `W[${layer.worst.row}][${layer.worst.column}]`
              : `b[${layer.worst.row}]`,
            formatNumber(layer.worst.backprop, 8),
            formatNumber(layer.worst.numeric, 8)
          ])
        ])
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
