import type { NetworkDraft } from '../../../shared/model/app-state'
import type { RunConfig } from '../../../shared/model/run'
import type { GeneratorName, GeneratorOptions } from './generators'

/** What a 2-D sample is generated with, and the network and settings suggested to solve it. */
export interface GeneratorSample {
  options: Partial<GeneratorOptions>
  suggested: { network: NetworkDraft; config: Partial<RunConfig> }
}

const tanhLayers = (...units: number[]): NetworkDraft['hidden'] =>
  units.map((count) => ({ units: count, activation: 'tanh' }))

/** Adam at 0.03 on batches of 16, as Playground's quick sessions train (its rate is 0.03). */
const quick = (epochs: number): Partial<RunConfig> => ({
  optimizer: 'adam',
  learningRate: 0.03,
  batchSize: 16,
  epochs
})

/**
 * The bundled 2-D samples, one record each: a network that can solve the data it is shown with
 * (a straight line cannot separate XOR or circles; two spiral arms of 1.75 turns need two layers
 * of 16 tanh units to bend a border around each arm). The spirals carry little noise (σ = 0.02 of
 * a radius of 1): the arms lie about 0.29 apart, so σ = 0.1 blurred a third of the points into the
 * other arm, and no network could pass about 75 %.
 */
export const GENERATOR_SAMPLES: Record<GeneratorName, GeneratorSample> = {
  xor: {
    options: {},
    suggested: { network: net(tanhLayers(8)), config: quick(200) }
  },
  circles: {
    options: {},
    suggested: { network: net(tanhLayers(8)), config: quick(200) }
  },
  'two-spirals': {
    options: { noise: 0.02 },
    suggested: { network: net(tanhLayers(16, 16)), config: quick(1000) }
  },
  gaussians: {
    options: {},
    suggested: { network: net(tanhLayers(4)), config: quick(100) }
  },
  // The surfaces are regression: a linear output unit and half-squared-error. A plane is a linear
  // model's own shape (no hidden layer); the six cones need two bent layers, as in Playground.
  plane: {
    options: { noise: 0 },
    suggested: { network: surfaceNet([]), config: quick(100) }
  },
  'multi-gaussian': {
    options: { noise: 0 },
    suggested: { network: surfaceNet(tanhLayers(8, 8)), config: quick(500) }
  }
}

function net(hidden: NetworkDraft['hidden']): NetworkDraft {
  return { hidden, output: 'auto', loss: 'auto' }
}

function surfaceNet(hidden: NetworkDraft['hidden']): NetworkDraft {
  return { hidden, output: 'linear', loss: 'half-squared-error' }
}
