import type { LAB_REFUSAL_MESSAGES } from '@shared/message-tables/lab-refusals'
import { ZH_DATA_MESSAGES, ZH_EXPORT_MESSAGES } from './export-messages'
import { ZH_FAULT_MESSAGES } from './fault-messages'
import { ZH_MODEL_FILE_MESSAGES } from './model-file-messages'
import type { Translations } from './message-words'

/** The zh-CN tables of src/shared/message-tables/lab-refusals.ts, gathered for main-messages.ts. */
export const ZH_LAB_REFUSAL_MESSAGES: Translations<keyof typeof LAB_REFUSAL_MESSAGES> = {
  ...ZH_EXPORT_MESSAGES,
  ...ZH_DATA_MESSAGES,
  ...ZH_FAULT_MESSAGES,
  ...ZH_MODEL_FILE_MESSAGES
}
