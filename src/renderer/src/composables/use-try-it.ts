import { ref, watch } from 'vue'
import { LabError } from '@renderer/api/lab-error'
import { i18n } from '@renderer/i18n'
import type { TryItSetup } from '@renderer/lib/learn/lesson-types'
import { tryItNetwork, tryItSettings } from '@renderer/lib/learn/try-it'
import { useAppStore } from '@renderer/stores/app'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useInspectStore } from '@renderer/stores/inspect'
import { useNetworkStore } from '@renderer/stores/network'
import { useTrainingStore } from '@renderer/stores/training'

/** How long a stopped run may take to report its end before a try-it gives up (ms). */
const STOP_WAIT_MS = 15_000

/**
 * Runs a lesson's "try it": loads the sample, the network and the settings through the stores,
 * opens the target screen (and Inspect panel) and starts training when the lesson needs a run.
 * A run still training is stopped first, since the lab trains one run at a time from here.
 */
export function useTryIt() {
  const app = useAppStore()
  const datasets = useDatasetsStore()
  const network = useNetworkStore()
  const training = useTrainingStore()
  const inspect = useInspectStore()
  /** The try-it being set up, if any. */
  const busy = ref<string | null>(null)

  const live = () => ['starting', 'running', 'paused'].includes(training.phase)

  /** Stops the run under way and waits until it has ended. */
  async function settle(): Promise<void> {
    if (!live()) return
    if (training.phase !== 'starting') await training.stop()
    await new Promise<void>((resolve, reject) => {
      const finish = (error?: LabError) => {
        clearTimeout(timer)
        unwatch()
        if (error) reject(error)
        else resolve()
      }
      const timer = setTimeout(
        () => finish(new LabError('user', i18n.global.t('learn.tryIt.stillRunning'))),
        STOP_WAIT_MS
      )
      const unwatch = watch(
        () => training.phase,
        () => {
          if (!live()) finish()
        }
      )
      if (!live()) finish()
    })
  }

  async function run(setup: TryItSetup): Promise<void> {
    if (busy.value) return
    busy.value = setup.id
    try {
      if (setup.train) await settle()
      const outcome = await datasets.loadSample(setup.sample)
      const { draft, presetModel } = tryItNetwork(setup, outcome.suggested)
      network.load(draft, presetModel)
      // Lent, not given: the learner's own settings come back when the lesson's run ends.
      training.lendSettings(setup.id, tryItSettings(setup, outcome.suggested))
      const { target } = setup
      if (target.view === 'inspect') {
        const source =
          target.model === 'preset' && presetModel
            ? { kind: 'preset' as const, path: presetModel }
            : null
        inspect.focus(target.panel, { source, sampleRow: 0 })
      }
      app.view = target.view
      if (setup.train) await training.start()
    } catch (error) {
      app.reportError(error)
    } finally {
      busy.value = null
    }
  }

  return { busy, run }
}
