import { spawnSync } from 'node:child_process'
import { Command } from 'commander'
import { describe, expect, it } from 'vitest'
import {
  addTrainOptions,
  givenRunConfig,
  type TrainOptionValues
} from '../../../src/main/cli/commands/train-options'
import { completeRunConfig } from '../../../src/shared/model/run-defaults'
import { run, sectionTitled } from './support/report-fixture'

/**
 * The run report's reproduce command: split by /bin/sh and parsed by the CLI's own `train`
 * options, it must give back the run's config.
 */
describe('run report: the reproduce command', () => {
  it('gives a command that the shell and the CLI parse back into the same run config', () => {
    const command = sectionTitled('Reproduce').querySelector('pre')!.textContent!
    const words = spawnSync('/bin/sh', ['-c', `printf '%s\\0' ${command}`], { encoding: 'utf8' })
      .stdout.split('\0')
      .slice(0, -1)
    expect(words.slice(0, 3)).toEqual(['./bin/backprop-lab', 'train', 'ds-3'])
    const train = addTrainOptions(new Command('train').argument('<DATA>').exitOverride())
    train.parse(words.slice(2), { from: 'user' })
    const given = givenRunConfig(train.opts<TrainOptionValues>())
    expect(completeRunConfig(given, 70)).toEqual(run.config)
    expect(train.args).toEqual(['ds-3'])
  })
})
