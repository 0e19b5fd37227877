import type * as Tf from '@tensorflow/tfjs'
import { readBenchData, type BenchCase } from '../support/bench-case'
import type { PreparedEngine } from '../engines/engine'
import { DEFAULT_ACTIVATION_SETTINGS } from '../../src/shared/model/activations/activation-record'
import { activationRecord } from '../../src/shared/model/activations/catalogue'
import type { ActivationName } from '../../src/shared/model/network'

/** What `tf.layers.dense` takes as its activation. */
type DenseActivation = NonNullable<Parameters<typeof Tf.layers.dense>[0]>['activation']

/** The Keras activation of a Dense layer, as the lab's TF.js export writes it (catalogue). */
function denseActivation(activation: ActivationName): DenseActivation {
  const written = activationRecord(activation).exports.tfjs(DEFAULT_ACTIVATION_SETTINGS)
  if ('unsupported' in written || written.after !== null) {
    throw new Error(`the TF.js peer writes Dense activations only, not ${activation}`)
  }
  return written.activation as DenseActivation
}

/**
 * TF.js 4.22 on its `cpu` (pure JavaScript) or `wasm` (XNNPACK, SIMD) backend, trained the way a
 * TF.js user writes a custom loop: gather the batch from one tensor, `optimizer.minimize` of the
 * fused softmax/sigmoid cross-entropy on logits, and read the loss back every batch as ours does.
 */
export async function prepareTfjs(
  benchCase: BenchCase,
  backend: 'cpu' | 'wasm'
): Promise<PreparedEngine> {
  const tf: typeof Tf = await import('@tensorflow/tfjs')
  if (backend === 'wasm') await import('@tensorflow/tfjs-backend-wasm')
  if (!(await tf.setBackend(backend))) throw new Error(`TF.js backend ${backend} did not start`)
  await tf.ready()
  const { inputs, targets } = await readBenchData(benchCase.data)
  const { rows, inputSize, outputs } = benchCase.data
  const x = tf.tensor2d(inputs, [rows, inputSize])
  const y = tf.tensor2d(targets, [rows, outputs])
  const model = tf.sequential()
  benchCase.layers.forEach(([units, activation], index) => {
    const last = index === benchCase.layers.length - 1
    model.add(
      tf.layers.dense({
        units,
        activation: last ? 'linear' : denseActivation(activation),
        ...(index === 0 ? { inputShape: [inputSize] } : {})
      })
    )
  })
  const optimizer = tf.train.sgd(benchCase.learningRate)
  const lossOf = (labels: Tf.Tensor, logits: Tf.Tensor): Tf.Scalar =>
    benchCase.loss === 'cross-entropy'
      ? tf.losses.softmaxCrossEntropy(labels, logits)
      : tf.losses.sigmoidCrossEntropy(labels, logits)
  const batch = Math.min(benchCase.batchSize, rows)
  const order = Int32Array.from({ length: rows }, (_, i) => i)
  let next = rows

  const step = (): number => {
    if (next >= rows) {
      if (benchCase.shuffle) tf.util.shuffle(order)
      next = 0
    }
    const m = Math.min(batch, rows - next)
    const indices = order.slice(next, next + m)
    next += m
    const index = tf.tensor1d(indices, 'int32')
    const whole = m === rows && !benchCase.shuffle
    const xb = whole ? x : tf.gather(x, index)
    const yb = whole ? y : tf.gather(y, index)
    const cost = optimizer.minimize(() => lossOf(yb, model.apply(xb) as Tf.Tensor), true)
    cost?.dataSync()
    tf.dispose([index, cost ?? [], ...(whole ? [] : [xb, yb])])
    return m
  }
  return { step, note: `tfjs-${tf.getBackend()}` }
}
