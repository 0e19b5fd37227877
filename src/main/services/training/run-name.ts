import type { RunConfig } from '../../../shared/model/run'

/**
 * The settings a default run name may mention, in the order it mentions them, each as a short
 * phrase ("lr 0.1", "batch 32"). Keys not here (the network, the data) are in the name already.
 */
const NAMED_SETTINGS: Partial<Record<keyof RunConfig, (value: never) => string>> = {
  optimizer: (value: string) => value,
  learningRate: (value: number) => `lr ${value}`,
  momentum: (value: number) => `momentum ${value}`,
  batchSize: (value: number | 'full') => (value === 'full' ? 'full batch' : `batch ${value}`),
  epochs: (value: number) => `${value} epoch${value === 1 ? '' : 's'}`,
  l1: (value: number) => `L1 ${value}`,
  l2: (value: number) => `L2 ${value}`,
  activation: (value: string) => value,
  init: (value: string) => `${value} init`,
  precision: (value: string) => value,
  normalize: (value: string) => `${value} inputs`,
  inputFeatures: (value: string[] | undefined) => `features ${(value ?? ['x', 'y']).join(',')}`,
  shuffle: (value: boolean) => (value ? 'shuffled' : 'no shuffle'),
  split: (value: number[]) => `split ${value.join('/')}`,
  seed: (value: number) => `seed ${value}`
}

/** The settings of `config` that differ from `previous`, as short phrases. */
function differences(config: RunConfig, previous: RunConfig): string[] {
  return Object.entries(NAMED_SETTINGS).flatMap(([key, phrase]) => {
    const value = config[key as keyof RunConfig]
    const before = previous[key as keyof RunConfig]
    return JSON.stringify(value) === JSON.stringify(before) ? [] : [phrase!(value as never)]
  })
}

/**
 * A new run's name when none is given: `base` (its data and network) for the first run of a
 * design; for a later one, what it changes from the last run of that design ("two-spirals
 * 2-8-8-1 · sgd, lr 0.1"), and a number when that alone does not tell it apart ("… #4"), so runs
 * of one design never share a name in the list.
 */
export function defaultRunName(
  base: string,
  config: RunConfig,
  earlier: readonly { name: string; config: RunConfig }[]
): string {
  const same = earlier.filter((run) => run.name === base || run.name.startsWith(`${base} `))
  const previous = same.at(-1)
  if (!previous) return base
  const changed = differences(config, previous.config)
  const name = changed.length > 0 ? `${base} · ${changed.join(', ')}` : base
  const taken = new Set(earlier.map((run) => run.name))
  if (!taken.has(name)) return name
  let number = same.length + 1
  while (taken.has(`${name} #${number}`)) number++
  return `${name} #${number}`
}
