import { join } from 'node:path'
import type { SampleName } from '../../../shared/ipc/contract'
import { noiseOfPercent, type GenerateRequest } from '../../../shared/model/generators'
import type { RunConfig } from '../../../shared/model/run'
import type { NetworkDraft } from '../../../shared/model/app-state'
import { GENERATOR_SAMPLES } from './generator-samples'
import { generateDataset } from './generators'
import type { ImportResult, ImportService } from './import-service'

/** A sample's dataset and, for the textbook example, the network and settings it comes with. */
export interface SampleResult extends ImportResult {
  suggested?: { network: NetworkDraft; config: Partial<RunConfig> }
}

/**
 * Imports one of the bundled samples: files from `resources/samples` or a seeded 2-D
 * generator set with the network suggested for it. The same sample imported again is the same
 * dataset.
 */
export async function importSample(
  imports: ImportService,
  resourcesDir: string,
  name: SampleName
): Promise<SampleResult> {
  const samples = join(resourcesDir, 'samples')
  switch (name) {
    case 'iris':
      return imports.importPath(join(samples, 'iris.csv'), { name: 'iris' })
    case 'fashion-small':
      return imports.importPath(join(samples, 'fashion-small'), { name: 'fashion-small' })
    case 'apples':
      return imports.importPath(join(samples, 'apples'), { name: 'apples' })
    case 'textbook':
      return {
        ...(await imports.importPath(join(samples, 'textbook.csv'), {
          name: 'textbook-2-2-2',
          targets: ['target_o1', 'target_o2']
        })),
        suggested: {
          network: {
            hidden: [{ units: 2, activation: 'sigmoid' }],
            output: 'sigmoid',
            loss: 'half-squared-error'
          },
          config: {
            initModel: join(resourcesDir, 'presets', 'textbook-2-2-2.model.json'),
            optimizer: 'sgd',
            learningRate: 0.5,
            batchSize: 'full',
            split: [1],
            normalize: 'none',
            shuffle: false,
            epochs: 1
          }
        }
      }
    default: {
      const { options, suggested } = GENERATOR_SAMPLES[name]
      return { ...imports.store(generateDataset(name, { ...options, name })), suggested }
    }
  }
}

/**
 * A 2-D set with the options the Data screen gives (noise in percent, points, seed), named after
 * them so that regenerated sets stand apart in the list. The network is left as the user has it.
 */
export function generateSample(imports: ImportService, request: GenerateRequest): ImportResult {
  const { generator, points, noisePercent, seed } = request
  const name = `${generator} (${noisePercent} %, ${points}, seed ${seed})`
  return imports.store(
    generateDataset(generator, { samples: points, noise: noiseOfPercent(noisePercent), seed, name })
  )
}
