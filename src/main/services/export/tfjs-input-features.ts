import {
  INPUT_FEATURE_NAMES,
  INPUT_FEATURES,
  type InputFeatureName
} from '../../../shared/model/input-features'
import type { ExportFile } from './export-request'

/** The class name of the features layer in `model.json` and in `input-features.js`. */
export const INPUT_FEATURES_CLASS = 'InputFeatures'

/** The file that defines the features layer, beside `model.json`. */
export const INPUT_FEATURES_FILE = 'input-features.js'

/**
 * The first entry of a layers model that computes input features: the custom `InputFeatures`
 * layer, which takes the raw (x, y) rows ([N, 2]) and gives the features in the model file's
 * order ([N, k]). It has no weights; the preprocessing fitted on the features is folded into the
 * Dense layer after it, exactly as for a model without features.
 */
export function inputFeaturesLayer(features: readonly InputFeatureName[]): {
  class_name: string
  config: Record<string, unknown>
} {
  return {
    class_name: INPUT_FEATURES_CLASS,
    config: {
      name: 'input_features',
      features: [...features],
      trainable: false,
      batch_input_shape: [null, 2],
      dtype: 'float32'
    }
  }
}

/**
 * `input-features.js`: a plain ES module whose `registerInputFeatures(tf)` defines the layer and
 * registers it with `tf.serialization.registerClass`, so `tf.loadLayersModel` can build it. TF.js
 * has no built-in layer for sin x (x², y² and xy could be built from Reshape, Cropping1D and
 * Multiply, sin cannot), so one small layer computes them all, each from the table in
 * input-features.ts.
 */
export function inputFeaturesModule(version: string): ExportFile {
  const entries = INPUT_FEATURE_NAMES.map(
    (name) => `  ${name}: (tf, x, y) => ${INPUT_FEATURES[name].tfjs},`
  ).join('\n')
  const contents = `// Backprop Lab (engine ${version}): the input features layer of this TensorFlow.js model.
// Import and register it before loading the model:
//   import { registerInputFeatures } from './input-features.js'
//   registerInputFeatures(tf)
//   const model = await tf.loadLayersModel('.../model.json')

/** f(x, y) of each feature over the raw columns x and y ([N, 1] tensors). */
const FEATURES = {
${entries}
}

/** Defines the ${INPUT_FEATURES_CLASS} layer for this tf and registers it; returns the class. */
export function registerInputFeatures(tf) {
  class ${INPUT_FEATURES_CLASS} extends tf.layers.Layer {
    constructor(config) {
      super(config)
      this.features = config.features
      for (const name of this.features) {
        if (!(name in FEATURES)) throw new Error(\`${INPUT_FEATURES_CLASS}: unknown feature "\${name}"\`)
      }
    }

    computeOutputShape(inputShape) {
      return [inputShape[0], this.features.length]
    }

    /** Raw rows [N, 2] → the features [N, k], in the order model.json lists them. */
    call(inputs) {
      return tf.tidy(() => {
        const raw = Array.isArray(inputs) ? inputs[0] : inputs
        const x = tf.slice(raw, [0, 0], [-1, 1])
        const y = tf.slice(raw, [0, 1], [-1, 1])
        return tf.concat(
          this.features.map((name) => FEATURES[name](tf, x, y)),
          1
        )
      })
    }

    getConfig() {
      return { ...super.getConfig(), features: this.features }
    }
  }
  ${INPUT_FEATURES_CLASS}.className = '${INPUT_FEATURES_CLASS}'
  tf.serialization.registerClass(${INPUT_FEATURES_CLASS})
  return ${INPUT_FEATURES_CLASS}
}
`
  return {
    name: INPUT_FEATURES_FILE,
    contents,
    description: `the ${INPUT_FEATURES_CLASS} layer (raw x, y → the input features); call its \`registerInputFeatures(tf)\` before \`tf.loadLayersModel\``
  }
}
