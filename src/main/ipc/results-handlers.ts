import { evaluateOn, predictTableText } from '../services/results/results-service'
import type { HandlerContext, InvokeHandlers } from './handler-types'

type ResultsChannels = 'results:predict' | 'results:evaluate'

/** Predict on a file and Evaluate on a dataset or labelled file, for a run or an opened model. */
export function resultsHandlers({ lab }: HandlerContext): Pick<InvokeHandlers, ResultsChannels> {
  return {
    'results:predict': ({ source, table }) => predictTableText(lab, source, table),
    'results:evaluate': ({ source, data }) => evaluateOn(lab, source, data)
  }
}
