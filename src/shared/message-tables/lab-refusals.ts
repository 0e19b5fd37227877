import { DATA_MESSAGES } from './data-refusals'
import { EXPORT_MESSAGES } from './export-refusals'
import { IMAGE_DECODING_MESSAGES } from './image-decoding'
import { FAULT_MESSAGES } from './machine-faults'
import { MODEL_FILE_MESSAGES } from './model-file-refusals'

/**
 * Refusals of exports, experiment and model files, datasets and the command line's references,
 * machine faults and images the lab decodes itself: the parts of the message table kept beside
 * this file, gathered for ../messages.ts.
 */
export const LAB_REFUSAL_MESSAGES = {
  ...EXPORT_MESSAGES,
  ...MODEL_FILE_MESSAGES,
  ...FAULT_MESSAGES,
  ...IMAGE_DECODING_MESSAGES,
  ...DATA_MESSAGES
}
