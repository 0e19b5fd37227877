import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { ActivationName, HiddenActivationName, LossName } from '@shared/model/network'
import {
  classicModelName,
  designOutput,
  designProblem,
  parameterCountOf
} from '@shared/model/network-design'
import type { OutputChoice, RunConfig } from '@shared/model/run'
import { DEFAULT_HIDDEN_UNITS, DEFAULT_RUN_CONFIG } from '@shared/model/run-defaults'
import type { NetworkDraft } from '@shared/model/app-state'
import { useDatasetsStore } from './datasets'
import {
  FEATURE_SOURCE_COLUMNS,
  isRawXY,
  type InputFeatureName
} from '@shared/model/input-features'

/** One layer of the drawn network, inputs included, with its width and activation. */
export interface DesignedLayer {
  kind: 'input' | 'hidden' | 'output'
  units: number
  activation: ActivationName | null
}

/** The network a new user starts with: the lab's default run network (one layer of 32 ReLU units). */
export const DEFAULT_DRAFT: NetworkDraft = {
  hidden: DEFAULT_RUN_CONFIG.hidden.map((units) => ({
    units,
    activation: DEFAULT_RUN_CONFIG.activation
  })),
  output: DEFAULT_RUN_CONFIG.output,
  loss: DEFAULT_RUN_CONFIG.loss
}

/**
 * The network being designed: hidden layers, output and loss choices. Its input and output
 * widths come from the current dataset, so the same design fits any data.
 */
export const useNetworkStore = defineStore('network', () => {
  const datasets = useDatasetsStore()
  const draft = ref<NetworkDraft>(structuredClone(DEFAULT_DRAFT))
  /** A preset's weights to start from (the textbook example), as a path on main's side. */
  const presetModel = ref<string | null>(null)

  const output = computed(() =>
    datasets.current ? designOutput(datasets.current, draft.value.output, draft.value.loss) : null
  )
  const problem = computed(() => (output.value ? designProblem(output.value) : null))
  /** The input features the first layer reads (2-D data with features chosen), else null. */
  const inputFeatures = computed<InputFeatureName[] | null>(() => {
    const chosen = draft.value.inputFeatures
    return datasets.current?.features === FEATURE_SOURCE_COLUMNS && !isRawXY(chosen)
      ? chosen!
      : null
  })
  const layers = computed<DesignedLayer[]>(() => [
    {
      kind: 'input',
      units: inputFeatures.value?.length ?? datasets.current?.features ?? 0,
      activation: null
    },
    ...draft.value.hidden.map((layer) => ({
      kind: 'hidden' as const,
      units: layer.units,
      activation: layer.activation
    })),
    {
      kind: 'output',
      units: output.value?.units ?? 0,
      activation: output.value?.activation ?? null
    }
  ])
  const parameterCount = computed(() =>
    parameterCountOf({
      inputSize: layers.value[0].units,
      layers: layers.value.slice(1).map((layer) => ({ units: layer.units })) as never
    })
  )
  /** "logistic regression" (or softmax/linear regression) for a network without hidden layers. */
  const classicName = computed(() =>
    output.value && draft.value.hidden.length === 0
      ? classicModelName(
          [{ activation: output.value.activation, units: output.value.units }],
          output.value.loss
        )
      : null
  )

  function addLayer(index = draft.value.hidden.length): void {
    const template = draft.value.hidden[Math.min(index, draft.value.hidden.length - 1)]
    draft.value.hidden.splice(index, 0, {
      units: template?.units ?? DEFAULT_HIDDEN_UNITS,
      activation: template?.activation ?? DEFAULT_RUN_CONFIG.activation
    })
    presetModel.value = null
  }

  function removeLayer(index: number): void {
    draft.value.hidden.splice(index, 1)
    presetModel.value = null
  }

  function setUnits(index: number, units: number): void {
    if (Number.isInteger(units) && units >= 1 && units <= 100_000)
      draft.value.hidden[index].units = units
    presetModel.value = null
  }

  function setActivation(index: number, activation: HiddenActivationName): void {
    draft.value.hidden[index].activation = activation
    presetModel.value = null
  }

  function setOutput(choice: OutputChoice): void {
    draft.value.output = choice
    presetModel.value = null
  }

  function setLoss(loss: 'auto' | LossName): void {
    draft.value.loss = loss
    presetModel.value = null
  }

  /** Replaces the design (restored state, a sample's own network). */
  function load(next: NetworkDraft, preset: string | null = null): void {
    draft.value = structuredClone(next)
    presetModel.value = preset
  }

  /** The run config fields the design sets. */
  const configPart = computed<Partial<RunConfig>>(() => ({
    hidden: draft.value.hidden.map((layer) => layer.units),
    activation: draft.value.hidden[0]?.activation ?? 'relu',
    hiddenActivations: draft.value.hidden.map((layer) => layer.activation),
    output: draft.value.output,
    loss: draft.value.loss,
    initModel: presetModel.value,
    ...(inputFeatures.value ? { inputFeatures: [...inputFeatures.value] } : {})
  }))

  return {
    draft,
    presetModel,
    inputFeatures,
    output,
    problem,
    layers,
    parameterCount,
    classicName,
    configPart,
    addLayer,
    removeLayer,
    setUnits,
    setActivation,
    setOutput,
    setLoss,
    load
  }
})
