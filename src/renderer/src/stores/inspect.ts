import { defineStore } from 'pinia'
import { ref } from 'vue'

/** The Inspect screen's panels. */
export const INSPECT_PANELS = ['weights', 'activations', 'gradients', 'step', 'gradcheck', 'confusion'] as const
export type InspectPanel = (typeof INSPECT_PANELS)[number]

/** What the Inspect screen looks at: a stored or running run, or a preset model file (no run yet). */
export type InspectSource = { kind: 'run'; runId: string } | { kind: 'preset'; path: string }

/**
 * The Inspect screen's focus: which panel is open, which model it inspects, and the sample
 * followed through the activations and step-through views. Other screens (Learn's "try it",
 * the confusion matrix) call `focus` to open a panel on a given sample.
 */
export const useInspectStore = defineStore('inspect', () => {
  const panel = ref<InspectPanel>('weights')
  /** null: the run shown on the Training screen. */
  const source = ref<InspectSource | null>(null)
  /** The dataset row followed (0-based), or null for the first one. */
  const sampleRow = ref<number | null>(null)

  /** Opens a panel, optionally on a given model and sample. */
  function focus(next: InspectPanel, options: { source?: InspectSource | null; sampleRow?: number | null } = {}): void {
    panel.value = next
    if (options.source !== undefined) source.value = options.source
    if (options.sampleRow !== undefined) sampleRow.value = options.sampleRow
  }

  return { panel, source, sampleRow, focus }
})
