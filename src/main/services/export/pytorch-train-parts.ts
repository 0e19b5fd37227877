import { lossRecord } from '../../../shared/model/losses/catalogue'
import { LOG_EPSILON } from '../../../shared/model/losses/loss-record'
import type { ModelFile } from '../../../shared/model/model-file'
import type { OptimizerConfig } from '../../../shared/model/training'
import type { ExportLayer } from './export-layers'
import { torchActivation } from './pytorch-model'
import { pythonFloat } from './python-literals'

/**
 * The parts of train.py that depend on the run: the loss (written for the model's loss and output
 * activation only, in the same stable form the lab uses) and the optimizer.
 */

/**
 * `loss_sum(logits, targets)`: Σᵢ Lᵢ over a batch, Lᵢ summed over the output units, as the loss
 * catalogue writes it. Its autograd gradient is the lab's δ(L): a − y for the matched pairs
 * (sigmoid + binary cross-entropy, softmax + cross-entropy, linear + half squared error),
 * ∂L/∂a ⊙ f′(z) otherwise.
 */
export function pytorchCost(model: ModelFile, output: ExportLayer): string {
  const record = lossRecord(model.loss)
  const { fused, plain } = record.exports.pytorch
  if (fused !== null && output.activation === record.fusedActivation) {
    return lossFunction(fused.docstring, fused.body)
  }
  const activation = torchActivation(output, 'logits')
  if (!plain.clipped) {
    return lossFunction(plain.docstring, [`outputs = ${activation}`, ...plain.body])
  }
  const clipConstant = `\n# Probabilities are clipped to [ε, 1 − ε] before a log, as in the lab.\nLOG_EPSILON = ${pythonFloat(LOG_EPSILON)}\n`
  return (
    clipConstant +
    lossFunction(plain.docstring, [
      `outputs = ${activation}.clamp(LOG_EPSILON, 1 - LOG_EPSILON)`,
      ...plain.body
    ])
  )
}

/** `def loss_sum` with a docstring (first line, then an optional paragraph) and its body. */
function lossFunction(docstring: string, body: readonly string[]): string {
  const indented = docstring.replace(/\n(?=.)/g, '\n    ')
  const closing = docstring.includes('\n') ? '\n    """' : '"""'
  return `

def loss_sum(logits, targets):
    """Σᵢ Lᵢ over the batch, where ${indented}${closing}
${body.map((line) => `    ${line}`).join('\n')}`
}

/** The optimizer's constants and `make_optimizer`, with the update rule the lab uses. */
export function pytorchOptimizer(config: OptimizerConfig): { constants: string; factory: string } {
  const learningRate = `LEARNING_RATE = ${pythonFloat(config.learningRate)}  # η`
  switch (config.kind) {
    case 'sgd':
      return {
        constants: `OPTIMIZER = "sgd"\n${learningRate}`,
        factory: `def make_optimizer(parameters):
    """Plain gradient descent: θ ← θ - η ∂J/∂θ."""
    return torch.optim.SGD(parameters, lr=LEARNING_RATE)`
      }
    case 'momentum':
      return {
        constants: `OPTIMIZER = "momentum"\n${learningRate}\nMOMENTUM = ${pythonFloat(config.momentum)}  # μ`,
        factory: `def make_optimizer(parameters):
    """Momentum as the lab (and PyTorch) write it: v ← μ v + ∂J/∂θ, θ ← θ - η v."""
    return torch.optim.SGD(parameters, lr=LEARNING_RATE, momentum=MOMENTUM)`
      }
    case 'adam':
      return {
        constants: `OPTIMIZER = "adam"\n${learningRate}\nBETA1 = ${pythonFloat(config.beta1)}\nBETA2 = ${pythonFloat(config.beta2)}\nEPSILON = ${pythonFloat(config.epsilon)}`,
        factory: `def make_optimizer(parameters):
    """Adam with bias correction (Kingma & Ba 2015), as in the lab:
    m ← β1 m + (1 - β1) g, v ← β2 v + (1 - β2) g², θ ← θ - η m̂ / (√v̂ + ε)."""
    return torch.optim.Adam(parameters, lr=LEARNING_RATE, betas=(BETA1, BETA2), eps=EPSILON)`
      }
  }
}
