import type { BenchCase, BenchData } from './bench-case'
import type { Goal } from './report'

/** Every engine's row label. */
export const LABELS: Record<string, string> = {
  'ours-wasm-2': 'ours: WASM SIMD, 2 threads (default)',
  'ours-wasm-1': 'ours: WASM SIMD, 1 thread',
  'ours-wasm-2-dense': 'ours: WASM SIMD, 2 threads, first layer dense',
  'ours-js': 'ours: TypeScript kernels',
  'plain-js': 'plain JavaScript loop',
  'tfjs-cpu': 'TF.js 4.22 cpu',
  'tfjs-wasm': 'TF.js 4.22 wasm',
  brain: 'brain.js',
  torch: 'PyTorch, 1 thread',
  numpy: 'NumPy, 1 BLAS thread',
  'numpy-2': 'NumPy, 2 BLAS threads'
}

const ENGINES = [
  'ours-wasm-2',
  'ours-wasm-1',
  'ours-js',
  'plain-js',
  'tfjs-cpu',
  'tfjs-wasm',
  'torch'
]

/** The goals of issue 17, each our default engine's rate over a peer's (or the best of several). */
export const GOALS: Goal[] = [
  { text: 'MNIST batch 64 ≥ 2.0× PyTorch-1t', caseId: 'mnist-64', peers: ['torch'], target: 2 },
  { text: 'MNIST batch 64 ≥ 10× TF.js wasm', caseId: 'mnist-64', peers: ['tfjs-wasm'], target: 10 },
  { text: 'MNIST batch 256 ≥ 2.0× PyTorch-1t', caseId: 'mnist-256', peers: ['torch'], target: 2 },
  {
    text: 'MNIST batch 256 ≥ 10× TF.js wasm',
    caseId: 'mnist-256',
    peers: ['tfjs-wasm'],
    target: 10
  },
  {
    text: 'Tiny 2-8-8-1 ≥ 3× the better of plain JS and PyTorch-1t (epochs 5–40)',
    caseId: 'tiny',
    peers: ['torch', 'plain-js'],
    target: 3
  },
  { text: 'Logistic regression ≥ 2.0× NumPy-1t', caseId: 'logreg', peers: ['numpy'], target: 2 },
  {
    text: 'Logistic regression ≥ 1.0× NumPy with 2 BLAS threads',
    caseId: 'logreg',
    peers: ['numpy-2'],
    target: 1
  }
]

/** The cases and the engines each is run with. */
export function trainingCases(
  mnist: BenchData,
  spirals: BenchData,
  apples: BenchData,
  seconds: number
): [BenchCase, string[]][] {
  const timing = { seconds, warmupSeconds: seconds / 3 }
  const mnistCase = (batchSize: number): BenchCase => ({
    id: `mnist-${batchSize}`,
    title: `MNIST MLP 784-128-64-10 ReLU, softmax + cross-entropy, SGD, batch ${batchSize} (10,000 test images)`,
    data: mnist,
    layers: [
      [128, 'relu'],
      [64, 'relu'],
      [10, 'softmax']
    ],
    loss: 'cross-entropy',
    batchSize,
    learningRate: 0.05,
    shuffle: true,
    ...timing
  })
  return [
    [mnistCase(64), [...ENGINES, 'ours-wasm-2-dense', 'brain']],
    [mnistCase(256), [...ENGINES, 'ours-wasm-2-dense']],
    [
      {
        id: 'tiny',
        title:
          'Tiny 2-8-8-1 tanh, sigmoid + binary cross-entropy, batch 10 (2,000 two-spirals points), epochs 5–40 of 40',
        data: spirals,
        layers: [
          [8, 'tanh'],
          [8, 'tanh'],
          [1, 'sigmoid']
        ],
        loss: 'binary-cross-entropy',
        batchSize: 10,
        learningRate: 0.03,
        shuffle: true,
        ...timing,
        epochs: { warmup: 4, timed: 36 }
      },
      [...ENGINES, 'brain']
    ],
    [
      {
        id: 'logreg',
        title: `Logistic regression on the fruits360 apple photos (30,000 inputs, full batch of ${apples.rows})`,
        data: apples,
        layers: [[1, 'sigmoid']],
        loss: 'binary-cross-entropy',
        batchSize: apples.rows,
        learningRate: 0.001,
        shuffle: false,
        ...timing
      },
      [...ENGINES, 'numpy', 'numpy-2']
    ]
  ]
}
