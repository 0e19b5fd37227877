import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOptimizer } from '../../src/main/engine/optimizers'
import { Rng } from '../../src/main/engine/rng'
import { Trainer } from '../../src/main/engine/trainer'
import type { Kernels } from '../../src/main/engine/tensor/kernels'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import type { NetworkSpec } from '../../src/shared/model/network'
import { copyTo, randomMatrix, seeded } from './support/agreement'
import { seededNetwork, syntheticData } from './support/networks'

/**
 * Products shared between two threads give bit for bit the one-thread result (every chunk takes
 * the whole product's path, and every element is computed by the same operations), on shapes
 * that share by columns and by rows and on each path; and so does a whole training run.
 */
const SHARED_SHAPES: [m: number, n: number, k: number, transposeA: boolean, transposeB: boolean][] =
  [
    [64, 128, 784, false, true],
    [128, 784, 64, true, false],
    [64, 128, 64, false, false],
    [50, 20, 100, false, true],
    [300, 4, 300, false, true],
    [326, 1, 3000, false, true],
    [1, 3000, 326, true, false],
    [33, 250, 61, true, true],
    [200, 40, 90, true, false]
  ]

describe('two threads', () => {
  let one: LoadedKernels
  let two: LoadedKernels
  beforeAll(async () => {
    one = await loadKernels('f32', { threads: 1 })
    two = await loadKernels('f32', { threads: 2 })
  })
  afterAll(() => {
    one.dispose()
    two.dispose()
  })

  it('loads a second thread', () => {
    expect(two.name).toMatch(/2 threads/)
  })

  it.each(SHARED_SHAPES)(
    'gemm %i × %i × %i (Aᵀ %s, Bᵀ %s) equals one thread exactly',
    (m, n, k, transposeA, transposeB) => {
      const rng = seeded(m + n + k)
      const a = transposeA ? randomMatrix(one, k, m, rng) : randomMatrix(one, m, k, rng)
      const b = transposeB ? randomMatrix(one, n, k, rng) : randomMatrix(one, k, n, rng)
      const c = randomMatrix(one, m, n, rng)
      const [a2, b2, c2] = [copyTo(two, a), copyTo(two, b), copyTo(two, c)]
      for (const [alpha, beta] of [
        [1, 0],
        [0.5, 0.75]
      ]) {
        one.gemm(a, transposeA, b, transposeB, c, alpha, beta)
        two.gemm(a2, transposeA, b2, transposeB, c2, alpha, beta)
        expect(Array.from(c2.data)).toEqual(Array.from(c.data))
      }
    }
  )

  it('trains an MNIST-shaped network to the same weights as one thread', () => {
    const spec: NetworkSpec = {
      inputSize: 196,
      loss: 'cross-entropy',
      layers: [
        { units: 96, activation: 'relu', trainable: { weights: true, biases: true } },
        { units: 10, activation: 'softmax', trainable: { weights: true, biases: true } }
      ]
    }
    const train = (kernels: Kernels) => {
      const network = seededNetwork(spec, kernels, 7)
      const trainer = new Trainer({
        network,
        optimizer: createOptimizer({ kind: 'momentum', learningRate: 0.05, momentum: 0.9 }),
        data: syntheticData(spec, 300, 8),
        batchSize: 64,
        shuffle: true,
        rng: new Rng(9),
        regularization: { l1: 0, l2: 1e-3 }
      })
      for (let epoch = 0; epoch < 3; epoch++) trainer.trainEpoch()
      return network.layers.flatMap((layer) => [...layer.weights.data, ...layer.biases])
    }
    expect(train(two)).toEqual(train(one))
  })

  it('never keeps a process alive, even without dispose()', () => {
    const script = fileURLToPath(new URL('./fixtures/forgotten-dispose.ts', import.meta.url))
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], {
      encoding: 'utf8',
      timeout: 30_000
    })
    expect(child.error, child.stderr).toBeUndefined()
    expect(child.status, child.stderr).toBe(0)
    // 784 products of 1 · 2 in every element, on two threads.
    expect(child.stdout.trim()).toMatch(/^wasm-simd-f32 \(\w+, 2 threads\) 1568$/)
  })
})
