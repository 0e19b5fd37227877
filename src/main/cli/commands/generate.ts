import type { Command } from 'commander'
import { userError } from '../../../shared/errors'
import {
  GENERATED_POINTS,
  GENERATOR_NAMES,
  MAX_NOISE_PERCENT,
  percentOfNoise,
  type GeneratorName
} from '../../../shared/model/generators'
import { GENERATOR_SAMPLES } from '../../services/datasets/generator-samples'
import { DEFAULT_GENERATOR_OPTIONS } from '../../services/datasets/generators'
import { generateSample } from '../../services/datasets/samples'
import { summaryOf } from '../command-list'
import { withLab, type GlobalOptions } from '../context'
import { parseWhole } from '../option-values'
import { addGlobalOptions } from './global-options'

const wholeNumber = (text: string) => parseWhole(text)

interface GenerateValues extends GlobalOptions {
  points: number
  noise?: number
  seed: number
}

/** The `train` options of a generator's suggested network and settings. */
function suggestedOptions(generator: GeneratorName): string {
  const { network, config } = GENERATOR_SAMPLES[generator].suggested
  const hidden = network.hidden.map((layer) => layer.units).join(',')
  return [
    `--hidden ${hidden === '' ? 'none' : hidden}`,
    network.hidden[0] ? `--activation ${network.hidden[0].activation}` : '',
    network.output === 'auto' ? '' : `--output ${network.output}`,
    network.loss === 'auto' ? '' : `--loss ${network.loss}`,
    config.optimizer ? `--optimizer ${config.optimizer}` : '',
    config.learningRate ? `--lr ${config.learningRate}` : '',
    config.batchSize ? `--batch ${config.batchSize}` : '',
    config.epochs ? `--epochs ${config.epochs}` : ''
  ]
    .filter((option) => option !== '')
    .join(' ')
}

/**
 * `generate NAME`: a 2-D set made as the Data screen makes it (noise in percent, points, seed),
 * stored as a dataset; it prints the id and the suggested network's `train` options.
 */
export function generateCommand(program: Command): void {
  const command = program
    .command('generate')
    .description(summaryOf('generate'))
    .argument('<NAME>', GENERATOR_NAMES.join('|'))
    .option(
      '--points <n>',
      `how many points (${GENERATED_POINTS.min}–${GENERATED_POINTS.max})`,
      wholeNumber,
      DEFAULT_GENERATOR_OPTIONS.samples
    )
    .option(
      '--noise <percent>',
      `noise, 0–${MAX_NOISE_PERCENT} % (default: the sample's)`,
      wholeNumber
    )
    .option('--seed <n>', 'the seed of the points', wholeNumber, DEFAULT_GENERATOR_OPTIONS.seed)
  addGlobalOptions(command).action(async (name: string, values: GenerateValues) => {
    if (!(GENERATOR_NAMES as readonly string[]).includes(name))
      throw userError('generate.unknown', { generator: name, generators: [...GENERATOR_NAMES] })
    const generator = name as GeneratorName
    const noisePercent =
      values.noise ??
      percentOfNoise(GENERATOR_SAMPLES[generator].options.noise ?? DEFAULT_GENERATOR_OPTIONS.noise)
    if (noisePercent < 0 || noisePercent > MAX_NOISE_PERCENT)
      throw userError('generate.noisePercent', { noise: noisePercent, max: MAX_NOISE_PERCENT })
    if (values.points < GENERATED_POINTS.min || values.points > GENERATED_POINTS.max)
      throw userError('generate.points', { points: values.points, ...GENERATED_POINTS })
    await withLab(values, async ({ lab, out }) => {
      const { dataset, reused } = generateSample(lab.imports, {
        generator,
        points: values.points,
        noisePercent,
        seed: values.seed
      })
      const suggested = suggestedOptions(generator)
      out.event({
        event: 'done',
        datasetId: dataset.datasetId,
        name: dataset.name,
        rows: dataset.rows,
        classes: dataset.classes,
        targets: dataset.targets,
        reused,
        suggested
      })
      out.text(
        `${reused ? 'Already generated as' : 'Generated'} ${dataset.datasetId} "${dataset.name}": ${dataset.rows} points, ${dataset.classes ? `classes ${dataset.classes.join(', ')}` : `regression target ${dataset.targets?.join(', ')}`}`
      )
      out.text(`Train the suggested network: backprop-lab train ${dataset.datasetId} ${suggested}`)
    })
  })
}
