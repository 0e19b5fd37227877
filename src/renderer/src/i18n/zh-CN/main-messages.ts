import type { MessageCode, NestedMessage } from '@shared/messages'
import { ZH_FILE_MESSAGES } from './file-messages'
import { ZH_IMAGE_MESSAGES } from './image-messages'
import { ZH_IMPORT_MESSAGES } from './import-messages'
import { ZH_LAB_REFUSAL_MESSAGES } from './lab-refusal-messages'
import { ZH_TRAINING_MESSAGES } from './training-messages'
import { ZH_INSPECT_MESSAGES } from './inspect-messages'
import { list, quoted, type Translation } from './message-words'

/**
 * Main's messages (src/shared/messages.ts) in Simplified Chinese, one per code: a code added
 * there without a translation here does not compile. File names, column names and values stay
 * as they are. Import notes, refused files and image/IDX refusals have their own files beside this one.
 */
export const ZH_MAIN_MESSAGES: { [C in MessageCode]: Translation<C> } = {
  ...ZH_IMPORT_MESSAGES,
  ...ZH_FILE_MESSAGES,
  ...ZH_IMAGE_MESSAGES,
  ...ZH_LAB_REFUSAL_MESSAGES,
  ...ZH_TRAINING_MESSAGES,
  ...ZH_INSPECT_MESSAGES,
  'results.missingInputs': (p) =>
    `${p.file}：找不到模型输入 ${quoted(p.missing)} 对应的列（文件中的列：${list(p.columns)}）`,
  'results.tooFewColumns': (p) =>
    `${p.file}：模型需要 ${p.inputs} 个输入，但文件只有 ${p.columns} 个可用列`,
  'results.inputsByPosition': (p) =>
    `模型没有给输入命名，因此按顺序使用文件的列：${list(p.columns)}`,
  'results.columnsByPosition': (p) =>
    `${p.file} 没有列名，因此按顺序把它的各列当作模型的输入：${list(p.inputs)}`,
  'results.noLabelColumn': (p) =>
    `${p.file}：除模型的输入外，没有剩下可作标签的列（现有列：${list(p.columns)}）`,
  'results.mostRowsBad': (p) =>
    `${p.file}：${p.rows} 行中有 ${p.bad} 行无法使用（第一处在${p.place ?? `第 ${p.line} 行`}：${nestedText(p.first)}）`,
  'results.rowsLeftOut': (p) => `${p.file}：略去了 ${p.count} 行（见下方列表），其余各行已使用`,
  'results.noData': (p) => `${p.data}：没有这个文件或数据集编号`,
  'results.imagesNotRows': (p) =>
    `${p.file}：图像（文件夹或 IDX 文件）不能作为要预测的输入行读取；请在这些图像上评估模型，或提供输入行的表格（CSV、JSON、Excel、Parquet、NumPy）`,
  'results.datasetInputs': (p) =>
    `数据集 ${p.dataset} 有 ${p.features} 个特征，但模型需要 ${p.inputs} 个输入`,
  'results.datasetClasses': (p) =>
    `数据集 ${p.dataset} 的类别是 ${list(p.classes)}，而模型的类别是 ${list(p.modelClasses)}`,
  'results.datasetUnlabelled': (p) =>
    `数据集 ${p.dataset} 没有可与模型输出比较的${p.wants === 'classes' ? '类别标签' : '回归目标'}`
}

/** A message inside another's parameters, in Chinese. */
function nestedText(nested: NestedMessage): string {
  const translate = ZH_MAIN_MESSAGES[nested.code as MessageCode] as
    ((params: unknown) => string) | undefined
  return translate ? translate(nested.params) : nested.code
}
