import type { MessageCode, MessageParams, NestedMessage } from '@shared/messages'

/** How zh-CN says one of main's messages, given its parameters. */
type Translation<C extends MessageCode> = (params: MessageParams<C>) => string

const list = (values: readonly string[]): string => values.join('、')
const quoted = (values: readonly string[]): string => values.map((value) => `“${value}”`).join('、')
const some = (p: { files: string[]; more: number }): string =>
  p.more > 0 ? `${list(p.files)} 等（另有 ${p.more} 个）` : list(p.files)
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
  'table.columnEmpty': (p) => `已略去“${p.column}”列：它是空的`,
  'table.columnIdLike': (p) =>
    `已略去“${p.column}”列：它是有 ${p.values} 种不同取值的文本（像编号或名称）`,
  'table.encoding': (p) =>
    p.encoding === 'windows-1252'
      ? '文件不是 UTF-8 文本，已按 Latin-1（Windows-1252）读取：请检查带重音的名称是否正确'
      : `文件是 UTF-16 文本（${p.encoding === 'utf-16le' ? '小端' : '大端'}），已按此读取`,
  'table.columnCategorical': (p) =>
    `“${p.column}”列是类别型：每个取值各成为一个输入（${list(p.values)}）`,
  'table.noHeader': () => '没有找到表头行：各列命名为 column1、column2、…',
  'table.separator': (p) =>
    `字段以${p.separator === 'tabs' ? '制表符' : '分号'}分隔${p.decimalComma ? '，小数点为逗号' : ''}`,
  'images.emptyClasses': (p) => `已略去没有可用图片的类别文件夹：${list(p.classes)}`,
  'images.resized': (p) =>
    `已将 ${p.count} 张图片缩放到 ${p.width}×${p.height}（${p.forced ? '--image-size' : '大多数图片是这个尺寸'}）：${some(p)}`,
  'images.grayForced': (p) =>
    `已将 ${p.count} 张彩色图片转为灰度（--grayscale），亮度 = 0.299 R + 0.587 G + 0.114 B：${some(p)}`,
  'images.grayAll': () => '已转为灰度（1 个通道）：每张图片的每个像素都是 r = g = b',
  'images.graySome': (p) =>
    `已转为灰度（1 个通道）：这 ${p.count} 张彩色格式图片的每个像素都是 r = g = b：${some(p)}`,
  'images.keptColour': (p) =>
    `保留了 3 个颜色通道；${p.count} 张图片的灰度值在 r、g、b 中重复：${some(p)}`,
  'images.alphaDropped': (p) =>
    `已去掉 ${p.count} 张含透明像素图片的 alpha 通道（保留其存储的颜色，不与背景混合）：${some(p)}`,
  'idx.joined': (p) =>
    `按以下顺序合并了 ${p.parts.length} 个 IDX 图片文件：${p.parts.map((part) => `${part.file}（第 ${part.first}–${part.last} 行）`).join('、')}`,
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
    `${p.file} 第 ${p.line} 行：应有 ${p.expected} 个字段${p.header ? '（与表头相同）' : ''}，实际有 ${p.got} 个`,
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
