import type { DatasetSummary } from '@shared/model/dataset'
import { trainRowsOf } from '@shared/model/run-defaults'
import type { TrainingSettings } from '@renderer/lib/training/run-controls'
import type { LessonContext } from './lesson-types'

/** The bundled apples photos: 100 × 100 pixels, 3 colour channels. */
export const APPLES_PHOTO_SHAPE = [100, 100, 3] as const

/** The one-hidden-layer lesson's own design: n_x = 2 inputs, n_h = 4 tanh units, n_y = 1 output. */
export const LESSON_DESIGN = { inputs: 2, hidden: 4, outputs: 1 } as const

/** The batch size assumed when there is no dataset to count a full batch from. */
const FALLBACK_BATCH = 32

/**
 * What the lessons read from the lab: the current dataset, the designed layer widths (inputs
 * first) and the training settings.
 */
export function lessonContext(
  dataset: Pick<DatasetSummary, 'kind' | 'inputShape' | 'rows'> | null,
  layerWidths: readonly number[],
  settings: Pick<TrainingSettings, 'batchSize' | 'split'>
): LessonContext {
  const shape =
    dataset?.kind === 'images' && dataset.inputShape.length === 3 ? dataset.inputShape : null
  const [inputs, hidden, outputs] = layerWidths
  const oneHidden = layerWidths.length === 3 && inputs > 0 && outputs > 0
  const trainRows = dataset ? trainRowsOf(dataset, settings.split) : null
  let batch: number
  if (settings.batchSize === 'full') batch = trainRows ?? FALLBACK_BATCH
  else batch = trainRows === null ? settings.batchSize : Math.min(settings.batchSize, trainRows)
  return {
    photoShape: shape ? [shape[0], shape[1], shape[2]] : APPLES_PHOTO_SHAPE,
    design: oneHidden ? { inputs, hidden, outputs } : { ...LESSON_DESIGN },
    batch
  }
}
