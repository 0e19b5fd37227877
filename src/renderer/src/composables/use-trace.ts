import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import type { TraceInspection, TraceLayer } from '@shared/model/inspect'
import { firstTraceLayer, missingLayers } from '@renderer/lib/inspect/trace-plan'
import { useInspectStore } from '@renderer/stores/inspect'
import { failureText } from './main-messages'

/** The engine's trace of one step on the followed sample, its layers fetched as steps need them. */
export interface TraceLoader {
  /** The first answer: the network, inputs, targets, J, η and λ (its layers may be partial). */
  trace: ShallowRef<TraceInspection | null>
  /** Every layer fetched so far, by layer number. */
  layers: ShallowRef<ReadonlyMap<number, TraceLayer>>
  error: Ref<string | null>
  /** Fetches the layers a step needs that are still missing. */
  ensure(needed: readonly number[]): Promise<void>
  /** Traces again from the model's current weights. */
  restart(): Promise<void>
}

/**
 * Traces the followed sample: small networks whole in one call, wide ones a layer at a time
 * (a 784-128 first layer alone is 300,000 numbers). Starts over when the model or sample changes.
 */
export function useTrace(widths: () => readonly number[]): TraceLoader {
  const inspect = useInspectStore()
  const trace = shallowRef<TraceInspection | null>(null)
  const layers = shallowRef<ReadonlyMap<number, TraceLayer>>(new Map())
  const error = ref<string | null>(null)
  let generation = 0
  /** Layers being fetched now (two steps asking at once fetch a layer once). */
  const inFlight = new Set<number>()

  function keep(answer: TraceInspection): void {
    const next = new Map(layers.value)
    for (const layer of answer.layers) next.set(layer.layer, layer)
    layers.value = next
  }

  async function start(): Promise<void> {
    const mine = ++generation
    inFlight.clear()
    trace.value = null
    layers.value = new Map()
    error.value = null
    // A run's widths come with the runs list: without them a wide network would be traced whole.
    if (!inspect.target || (inspect.target.kind === 'run' && widths().length < 2)) return
    try {
      const answer = await inspect.traceOf(inspect.row, firstTraceLayer(widths()))
      if (mine !== generation) return
      keep(answer)
      trace.value = answer
    } catch (failure) {
      if (mine === generation) error.value = failureText(failure)
    }
  }

  async function ensure(needed: readonly number[]): Promise<void> {
    const mine = generation
    if (!trace.value) return
    for (const layer of missingLayers(needed, layers.value)) {
      if (inFlight.has(layer)) continue
      inFlight.add(layer)
      try {
        const answer = await inspect.traceOf(inspect.row, layer)
        if (mine !== generation) return
        // A run that trained on meanwhile: every layer again from the new weights, never mixed.
        if (answer.epoch !== trace.value?.epoch) return start()
        keep(answer)
      } catch (failure) {
        if (mine === generation) error.value = failureText(failure)
        return
      } finally {
        if (mine === generation) inFlight.delete(layer)
      }
    }
  }

  watch(
    () => {
      const from = inspect.target
      return from
        ? `${from.kind === 'run' ? from.runId : from.path}#${inspect.row}#${widths().join('-')}`
        : null
    },
    () => void start(),
    { immediate: true }
  )
  return { trace, layers, error, ensure, restart: start }
}
