import { INPUT_FEATURES, type InputFeatureName } from '../../../shared/model/input-features'

/**
 * The `features` function of a Python export (NumPy, or a PyTorch method): the model's input
 * features (input-features.ts) from the raw columns x and y, one column each, in the model
 * file's order. Nothing for a model without input features.
 */
export function featuresFunction(
  features: readonly InputFeatureName[] | undefined,
  stack: 'np.stack' | 'torch.stack',
  axis: 'axis' | 'dim',
  method = false
): string[] {
  if (!features) return []
  const library = stack === 'np.stack' ? 'numpy' : 'torch'
  const columns = features.map((name) => INPUT_FEATURES[name].python[library]).join(', ')
  const labels = features.map((name) => INPUT_FEATURES[name].label.en).join(', ')
  const body = `def features(${method ? 'self, ' : ''}inputs):
    """The lab's input features from the raw columns x, y: ${labels}."""
    x, y = inputs[:, 0], inputs[:, 1]
    return ${stack}([${columns}], ${axis}=1)`
  if (!method) return [body]
  return [
    '\n' +
      body
        .split('\n')
        .map((line) => `    ${line}`)
        .join('\n')
  ]
}
