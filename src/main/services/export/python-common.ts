import type { ModelFile } from '../../../shared/model/model-file'
import { architectureLine, preprocessingFormula } from './describe'
import { rawInputSize } from '../../../shared/model/input-features'
import type { ExportLayer } from './export-layers'
import { pythonInt, pythonIntList, pythonStringList } from './python-literals'

/**
 * Pieces shared by the PyTorch and NumPy `model.py`: the module docstring, the constants a user
 * needs (classes, input shape), and the command-line entry that prints one row's outputs.
 * Both files expose `predict(inputs, path)`, so one `check.py` serves both.
 */

/** A Python module from its top-level blocks, two blank lines apart (PEP 8). */
export function pythonModule(blocks: readonly string[]): string {
  return blocks.map((block) => block.trim()).join('\n\n\n') + '\n'
}

/** The docstring and imports of a generated model.py. */
export function modelHeader(
  model: ModelFile,
  layers: readonly ExportLayer[],
  flavour: string,
  imports: string
): string {
  const formula = preprocessingFormula(model.preprocessing)
  const preprocessing = formula
    ? `It takes RAW input rows, exactly what the lab's \`predict\` takes: the lab's preprocessing\n(${formula}) is its first step.`
    : 'The model has no preprocessing: it takes the inputs exactly as the lab trained on them.'
  return `"""A Backprop Lab model as ${flavour}: ${architectureLine(model, layers)}.

${preprocessing}
It returns the output layer's activations (probabilities after softmax or sigmoid).

    python model.py ${exampleArgument(rawInputSize(model))}    # outputs for one raw input row
"""

import sys
from pathlib import Path

${imports}

HERE = Path(__file__).resolve().parent
INPUT_SIZE = ${pythonInt(rawInputSize(model))}
# Images: [height, width, channels], flattened row by row (height, then width, then channel).
INPUT_SHAPE = ${pythonIntList(model.inputShape ?? [rawInputSize(model)])}
# Output k stands for class CLASSES[k] (one sigmoid output: CLASSES[1] when it is >= 0.5).
CLASSES = ${pythonStringList(model.classes)}
# Names of regression outputs.
TARGETS = ${pythonStringList(model.targets)}`
}

/** The `class_of` helper (for classifiers) and the `__main__` block ending a generated model.py. */
export function modelMainBlocks(model: ModelFile): string[] {
  const classOf = `def class_of(outputs):
    """The class name one row of outputs stands for: the largest output, or for one sigmoid
    output, CLASSES[1] when it is at least 0.5."""
    index = int(outputs[0] >= 0.5) if len(outputs) == 1 else int(np.argmax(outputs))
    return CLASSES[index]`
  const printClass = model.classes ? '\n    print("class:", class_of(outputs))' : ''
  const main = `if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: python model.py x1,x2,... (one raw input row of {INPUT_SIZE} values)")
    row = [float(value) for value in sys.argv[1].split(",")]
    outputs = predict([row])[0]
    print("outputs:", outputs.tolist())${printClass}`
  return model.classes ? [classOf, main] : [main]
}

/** `x1,x2,x3` for the model's input count, shortened for wide inputs. */
function exampleArgument(inputSize: number): string {
  if (inputSize > 4) return `x1,x2,...,x${inputSize}`
  return Array.from({ length: inputSize }, (_, index) => `x${index + 1}`).join(',')
}
