import type { MessageCode, MessageParams, NestedMessage } from '@shared/messages'

/** How zh-CN says one of main's messages, given its parameters. */
type Translation<C extends MessageCode> = (params: MessageParams<C>) => string

const list = (values: readonly string[]): string => values.join('、')
const quoted = (values: readonly string[]): string => values.map((value) => `“${value}”`).join('、')
const where = (p: { file: string; line?: number }): string =>
  p.line === undefined ? p.file : `${p.file} 第 ${p.line} 行`

/**
 * Main's messages (src/shared/messages.ts) in Simplified Chinese, one per code: a code added
 * there without a translation here does not compile. File names, column names and values stay
 * as they are.
 */
export const ZH_MAIN_MESSAGES: { [C in MessageCode]: Translation<C> } = {
  'table.rowsLeftOut': (p) => `${p.count} 行含有缺失或无法读取的值，已略去`,
  'table.regressionLabel': (p) =>
    `“${p.column}”列是测量值（不是整数），因此作为回归目标；如要指定类别列，请用 --label-column`,
  'table.columnLeftOutAsked': (p) => `已按要求略去“${p.column}”列`,
  'table.columnLeftOut': (p) => `已略去“${p.column}”列：${p.reason}`,
  'table.columnCategorical': (p) =>
    `“${p.column}”列是类别型：每个取值各成为一个输入（${list(p.values)}）`,
  'table.noHeader': () => '没有找到表头行：各列命名为 column1、column2、…',
  'table.separator': (p) =>
    `字段以${p.separator === 'tabs' ? '制表符' : '分号'}分隔${p.decimalComma ? '，小数点为逗号' : ''}`,
  'row.missing': (p) => `“${p.column}”列缺少值`,
  'row.notNumber': (p) => `“${p.column}”列：“${p.value}”不是数字`,
  'row.unknownCategory': (p) =>
    `“${p.column}”列：“${p.value}”在训练数据中没有出现过（${list(p.known)}）`,
  'row.unknownClass': (p) => `“${p.column}”列：“${p.value}”不是模型的类别之一（${list(p.known)}）`,
  'row.fieldCount': (p) => `应有 ${p.expected} 个字段（与表头相同），实际有 ${p.got} 个`,
  'file.empty': (p) => `${p.file}：文件是空的`,
  'file.noRows': (p) => `${p.file}：文件中没有数据行`,
  'file.headerOnly': (p) => `${p.file}：文件只有表头，没有数据行`,
  'file.fieldCount': (p) =>
    `${p.file} 第 ${p.line} 行：应有 ${p.expected} 个字段，实际有 ${p.got} 个`,
  'file.unreadable': (p) => `${where(p)}：无法读取（${p.problem}）`,
  'file.noColumn': (p) => `${p.file}：没有名为“${p.column}”的列（现有列：${list(p.columns)}）`,
  'file.targetNotNumeric': (p) => `${p.file}：目标列“${p.column}”必须是数字`,
  'file.noFeatures': (p) =>
    `${p.file}：除${p.outputs === 'label' ? '标签' : '目标'}外没有可用的特征列（数值列或类别列）`,
  'file.allRowsBad': (p) => `${p.file}：每一行都有缺失或无法读取的值，没有可用的数据`,
  'file.oneClass': (p) =>
    `${p.file}：标签列“${p.column}”只有一个类别（“${p.value}”）；分类器至少需要两个类别（回归请用 --targets）`,
  'results.missingInputs': (p) =>
    `${p.file}：找不到模型输入 ${quoted(p.missing)} 对应的列（文件中的列：${list(p.columns)}）`,
  'results.tooFewColumns': (p) =>
    `${p.file}：模型需要 ${p.inputs} 个输入，但文件只有 ${p.columns} 个可用列`,
  'results.inputsByPosition': (p) =>
    `模型没有给输入命名，因此按顺序使用文件的列：${list(p.columns)}`,
  'results.noLabelColumn': (p) =>
    `${p.file}：除模型的输入外，没有剩下可作标签的列（现有列：${list(p.columns)}）`,
  'results.mostRowsBad': (p) =>
    `${p.file}：${p.rows} 行中有 ${p.bad} 行无法使用（第一处在第 ${p.line} 行：${nestedText(p.first)}）`,
  'results.rowsLeftOut': (p) => `${p.file}：略去了 ${p.count} 行（见下方列表），其余各行已使用`,
  'results.noData': (p) => `${p.data}：没有这个文件或数据集编号`,
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
