import { ref, shallowRef } from 'vue'
import type { ResultsModel } from '@shared/ipc/requests'
import type { EvaluationReport, FilePredictions } from '@shared/model/results'
import { lab } from '@renderer/api/lab'
import { sentTable } from '@renderer/lib/data/sent-table'
import { failureText } from './main-messages'

/**
 * Predict on a file and Evaluate for one model (a run's or an opened file's): the page reads the
 * chosen or dropped file and sends its name and text (or bytes, lib/data/sent-table.ts); main answers with a table of predictions
 * or the figures. One instance per screen, so a run page and the model dialog keep their own.
 */
export function useFileResults(source: () => ResultsModel) {
  const predictions = shallowRef<FilePredictions | null>(null)
  const evaluation = shallowRef<EvaluationReport | null>(null)
  const busy = ref<'predicting' | 'evaluating' | null>(null)
  const problem = ref<string | null>(null)

  async function run<T>(
    kind: 'predicting' | 'evaluating',
    work: () => Promise<T>
  ): Promise<T | null> {
    busy.value = kind
    problem.value = null
    try {
      return await work()
    } catch (error) {
      problem.value = failureText(error)
      return null
    } finally {
      busy.value = null
    }
  }

  /** One prediction per row of the file. */
  async function predictFile(file: File): Promise<void> {
    const result = await run('predicting', async () =>
      lab.invoke('results:predict', {
        source: source(),
        table: await sentTable(file)
      })
    )
    if (result) {
      predictions.value = result
      evaluation.value = null
    }
  }

  /** The figures on a stored dataset or a labelled file. */
  async function evaluate(data: { datasetId: string } | { file: File }): Promise<void> {
    const result = await run('evaluating', async () =>
      lab.invoke('results:evaluate', {
        source: source(),
        data: 'datasetId' in data ? data : { table: await sentTable(data.file) }
      })
    )
    if (result) {
      evaluation.value = result
      predictions.value = null
    }
  }

  return { predictions, evaluation, busy, problem, predictFile, evaluate }
}
