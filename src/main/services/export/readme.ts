import { rawInputSize } from '../../../shared/model/input-features'
import type { ModelFile } from '../../../shared/model/model-file'
import {
  architectureLine,
  foldedFormula,
  inputDescription,
  outputDescription,
  preprocessingFormula
} from './describe'
import type { ExportLayer } from './export-layers'
import type { ExportFile, ExportFormat, ExportTraining } from './export-request'
import type { ReferenceSamples } from './reference'

/** What the README of an export is written from. */
export interface ReadmeContext {
  format: ExportFormat
  model: ModelFile
  layers: readonly ExportLayer[]
  files: readonly ExportFile[]
  reference: ReferenceSamples
  training?: ExportTraining
  version: string
}

const TITLES: Record<ExportFormat, string> = {
  onnx: 'ONNX',
  tfjs: 'TensorFlow.js layers model',
  pytorch: 'PyTorch',
  numpy: 'NumPy',
  json: 'Backprop Lab model file'
}

/**
 * README.md of an export folder: what is there, the input the model expects (raw, and where the
 * preprocessing went), its outputs, and how to run it.
 */
export function readme(context: ReadmeContext): string {
  const { model, layers, files } = context
  const fileList = files.map((file) => `- \`${file.name}\`: ${file.description}`).join('\n')
  return `# Backprop Lab export: ${TITLES[context.format]}

A feed-forward network, ${architectureLine(model, layers)}, trained with ${model.loss}.
Exported by Backprop Lab (engine ${context.version}).

## What is here

- \`README.md\`: this file
${fileList}

## Input

${capitalize(inputDescription(model))}. ${preprocessingNote(context)}

## Output

${capitalize(outputDescription(model, layers))}.

## How to run it

${HOW_TO_RUN[context.format](context)}
`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Where the preprocessing went, per format; every format takes raw inputs. */
function preprocessingNote({ format, model }: ReadmeContext): string {
  const formula = preprocessingFormula(model.preprocessing)
  if (formula === null) {
    return 'The model has no preprocessing: give it the values as they were in the training data.'
  }
  const raw = `Give it RAW values: the model applies the lab's preprocessing itself (${formula})`
  switch (format) {
    case 'onnx':
      return `${raw}, as explicit nodes before the first Gemm (constants \`preprocessing_*\`). The layer weights are the lab's, unchanged.`
    case 'tfjs':
      return `${raw}: TF.js has no per-feature normalization layer, so it is folded into the first Dense layer (${foldedFormula(model.preprocessing!)}). That layer's kernel and bias therefore differ from the lab's W(1) and b(1); the outputs are the same.`
    case 'pytorch':
    case 'numpy':
      return `${raw}, as the first step (\`preprocess\`), with its constants in weights.npz. The layer weights are the lab's, unchanged.`
    case 'json':
      return `Tools other than Backprop Lab must apply the preprocessing stored in the file's \`preprocessing\` field themselves: ${formula}. Backprop Lab's \`predict\` takes raw values and applies it.`
  }
}

/** The first reference sample as comma-separated text, when it is short enough to show. */
function exampleRow({ reference }: ReadmeContext): string {
  const row = reference.inputs[0]
  return row.length <= 8 ? row.join(',') : `x1,x2,...,x${row.length}`
}

/** A model with input features needs its InputFeatures layer registered before it loads. */
function importFeaturesLayer({ model }: ReadmeContext): string {
  if (!model.inputFeatures) return ''
  return `// Import input-features.js (beside model.json) and register its layer BEFORE tf.loadLayersModel:
import { registerInputFeatures } from './input-features.js'
registerInputFeatures(tf)
`
}

const HOW_TO_RUN: Record<ExportFormat, (context: ReadmeContext) => string> = {
  onnx: (
    context
  ) => `The graph's input is \`input\` (float32, [N, ${rawInputSize(context.model)}]) and its output \`output\`
(float32, [N, ${context.layers[context.layers.length - 1].units}]). Class names, targets and the preprocessing are in the
model's metadata (\`metadata_props\`, JSON values). Netron (https://netron.app) shows the graph.

Python, with onnxruntime:

\`\`\`python
import numpy as np
import onnxruntime as ort

session = ort.InferenceSession("model.onnx")
outputs = session.run(["output"], {"input": np.array([[${exampleRow(context)}]], dtype=np.float32)})[0]
\`\`\`

Node.js, with onnxruntime-node:

\`\`\`js
const ort = require('onnxruntime-node')
const session = await ort.InferenceSession.create('model.onnx')
const input = new ort.Tensor('float32', Float32Array.from([${exampleRow(context)}]), [1, ${rawInputSize(context.model)}])
const { output } = await session.run({ input })
\`\`\``,
  tfjs: (
    context
  ) => `Serve this folder (TF.js loads \`weights.bin\` from beside \`model.json\`), then:

\`\`\`js
import * as tf from '@tensorflow/tfjs'
${importFeaturesLayer(context)}
const model = await tf.loadLayersModel('https://example.org/path/to/model.json')
const outputs = model.predict(tf.tensor2d([[${exampleRow(context)}]])).arraySync()
\`\`\`

In Node.js with @tensorflow/tfjs-node, \`tf.loadLayersModel('file://path/to/model.json')\` reads it
from disk. Class names and the preprocessing are in \`model.json\` under \`userDefinedMetadata\`.
Keras freezes whole layers only: a layer is trainable here when its weights or its biases were
trainable in the lab.`,
  pytorch: (
    context
  ) => `Needs Python 3 with NumPy and PyTorch (Debian: \`apt install python3-torch python3-numpy\`).

\`\`\`sh
python3 check.py                      # proves model.py + weights.npz give the lab's outputs
python3 model.py ${exampleRow(context)}   # outputs for one raw row
\`\`\`

In your own code: \`from model import load_model\`, then \`model = load_model()\` is an \`nn.Module\`
taking raw rows [N, ${context.model.inputSize}]; \`model.logits(x)\` gives the output layer's z.
${trainingSection(context)}`,
  numpy: (context) => `Needs Python 3 with NumPy (Debian: \`apt install python3-numpy\`).

\`\`\`sh
python3 check.py                      # proves model.py + weights.npz give the lab's outputs
python3 model.py ${exampleRow(context)}   # outputs for one raw row
\`\`\`

In your own code: \`from model import load_weights, forward\`, then
\`forward(np.array(rows), load_weights())\`.`,
  json: (context) => `\`\`\`sh
./bin/backprop-lab predict model.model.json --input "${exampleRow(context)}"
\`\`\`

The file format is described in CONTRACTS.md (section 2) of Backprop Lab. Weights are given
explicitly: row j of \`layers[l].weights\` holds the weights into unit j.`
}

function trainingSection({ training, files }: ReadmeContext): string {
  if (!training) {
    return '\nThere is no `train.py`: it is written when a training run (not a bare model file) is exported.'
  }
  const hasData = files.some((file) => file.name === 'data.npz')
  const data = hasData
    ? "`data.npz` holds the run's training rows (raw inputs and targets)."
    : '`data.npz` is not included (export with `--with-data` to include it): give `train.py` a `data.npz` with `inputs` [n, inputs] (raw) and `targets` [n, outputs] (one-hot rows for classes).'
  const order = training.shuffle
    ? "The run reshuffled every epoch; `train.py` shuffles too, seeded with the run's seed, but in PyTorch's order (DistributedSampler), which cannot be the lab's Rng order."
    : "The run did not shuffle, so `train.py` takes the rows in file order too: one epoch in float64 on the CPU gives the lab's weights to about 1e-10."
  return `
## Continue training: train.py

\`train.py\` continues from weights.npz with the run's loss (the lab's exact cost, including the
λ₁Σ|W| L1 and (λ/2)Σ‖W‖² L2 terms on weights only), optimizer, learning rate${training.lrSchedule.kind === 'constant' && training.lrSchedule.warmupEpochs === 0 ? '' : ' and its schedule (from torch.optim.lr_scheduler, stepped once per epoch; the schedule runs over `--epochs`)'}, L1, L2, batch size,
seed, precision and frozen parameters, and saves \`trained.npz\`. ${data}
${order} The optimizer starts fresh (zero momentum / Adam moments).

\`\`\`sh
python3 train.py --epochs 5                 # one process; the GPU when there is one
torchrun --nproc_per_node=4 train.py        # DistributedDataParallel on 4 GPUs (gloo on CPUs)
\`\`\`

Under torchrun each of the WORLD_SIZE processes takes BATCH_SIZE // WORLD_SIZE rows per step and
the gradients are averaged, so a step still sees about BATCH_SIZE rows. With Debian 12's
python3-torch (1.13 under Python 3.11), add \`--redirects 2 --tee 2\` to torchrun: its default of 0
trips over a change in Python 3.11's enums.`
}
