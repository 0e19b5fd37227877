import type { FileFormat, FILE_MESSAGES, UnzipLimit } from '@shared/message-tables/file-refusals'
import { list, skippedSummary, VALUE_KIND_ZH, where, type Translations } from './message-words'

const FORMAT_ZH: Record<FileFormat, string> = {
  parquet: '可读取的 Parquet 文件',
  npy: 'NumPy .npy 数组',
  npz: 'NumPy .npz 文件'
}
const LIMIT_ZH: Record<UnzipLimit, string> = {
  csvFileBytes: '（每个 CSV 文件）',
  unzippedBytes: '（每个文件解压后）'
}
const shape = (dims: number, sizes: readonly number[]): string =>
  `${dims} 维数组（形状 ${sizes.join('×') || '单个值'}）`

/**
 * Refused files (src/shared/message-tables/file-refusals.ts) in Simplified Chinese; a code added
 * there without a translation here does not compile. File, sheet and column names stay as they are.
 */
export const ZH_FILE_MESSAGES: Translations<keyof typeof FILE_MESSAGES> = {
  'file.empty': (p) => `${p.file}：文件是空的`,
  'file.noRows': (p) => `${p.file}：文件中没有数据行`,
  'file.headerOnly': (p) => `${p.file}：文件只有表头，没有数据行`,
  'file.unreadable': (p) => `${where(p)}：无法读取（${p.problem}）`,
  'file.notFormat': (p) => `${p.file}：不是${FORMAT_ZH[p.format]}（${p.problem}）`,
  'file.cannotUnzip': (p) => `${p.file}：无法解压（${p.problem}）`,
  'file.unzipsOverLimit': (p) =>
    `${p.file}：${p.member === undefined ? '' : `${p.member} `}解压后超过本实验室的上限 ${p.bound}${LIMIT_ZH[p.limit]}${p.env ? `，设置 ${p.env} 可提高上限` : '，这是固定上限'}`,
  'file.noColumn': (p) => `${p.file}：没有名为“${p.column}”的列（现有列：${list(p.columns)}）`,
  'file.targetNotNumeric': (p) => `${p.file}：目标列“${p.column}”必须是数字`,
  'file.noFeatures': (p) =>
    `${p.file}：除${p.outputs === 'label' ? '标签' : '目标'}外没有可用的特征列（数值列或类别列）`,
  'file.allRowsBad': (p) => `${p.file}：每一行都有缺失或无法读取的值，没有可用的数据`,
  'file.mostRowsBad': (p) =>
    `${p.file}：${p.rows} 个数据行中有 ${p.bad} 行无法使用，因此没有导入任何内容：${skippedSummary(p.groups)}`,
  'file.oneClass': (p) =>
    `${p.file}：标签列“${p.column}”${p.leftOut?.length ? '在可用的行中' : ''}只有一个类别（“${p.value}”）；分类器至少需要两个类别（回归请用 --targets）${p.leftOut?.length ? `；已略去：${skippedSummary(p.leftOut)}` : ''}`,
  'file.noSheets': (p) => `${p.file}：工作簿中没有工作表`,
  'file.noSheet': (p) => `${p.file}：没有名为“${p.sheet}”的工作表（现有工作表：${list(p.sheets)}）`,
  'file.sheetEmpty': (p) => `${p.file}：工作表“${p.sheet}”是空的`,
  'file.sheetHeaderOnly': (p) => `${p.file}：工作表“${p.sheet}”只有表头，没有数据行`,
  'file.modelNotData': (p) =>
    `${p.file}：这是模型文件，不是数据（请在“检查”中打开它，或用它来预测）`,
  'file.notRecords': (p) =>
    `${p.file}：应为记录数组（[{"x": 1, "label": "a"}, …]），而不是${VALUE_KIND_ZH[p.is]}`,
  'file.noRecords': (p) => `${p.file}：${p.in === 'array' ? '数组' : '文件'}中没有记录`,
  'file.invalidJson': (p) =>
    `${p.file}${p.line === undefined ? '' : ` 第 ${p.line} 行第 ${p.column} 列`}：不是有效的 JSON${p.early ? '（提前结束）' : ''}`,
  'file.noFields': (p) => `${p.file}：没有带字段的记录（应为 {"x": 1, "label": "a"} 这样的对象）`,
  'file.nestedColumn': (p) =>
    `${p.file}：“${p.column}”列是嵌套的（列表或结构体）；只能导入由数字和文本组成的扁平列`,
  'array.pythonObjects': (p) =>
    `${p.file}：数组的类型无法读取（Python 对象？）；请保存为数字或文本（例如 x.astype("float64")）`,
  'array.notTwoD': (p) =>
    `${p.file}：${shape(p.dims, p.shape)}；特征必须是二维数组 [行 × 特征]${p.dims > 2 ? '：请先改变形状，例如 x.reshape(len(x), -1)' : ''}`,
  'array.noRows': (p) => `${p.file}：数组中没有行`,
  'array.tooLarge': (p) =>
    `${p.file}：${p.values} 个值，超过了数组导入可读取的 ${p.limit} 个；请导入其中一部分，或保存为图片或 IDX`,
  'array.labelsShape': (p) =>
    `${p.file}：标签是${shape(p.dims, p.shape)}；标签必须是 [行] 或 [行 × 输出]`,
  'array.labelCount': (p) => `${p.file}：有 ${p.labels} 个标签，而 ${p.features} 有 ${p.rows} 行`,
  'array.noLabelsFile': (p) =>
    `${p.file}：旁边没有标签数组（查找过 ${list(p.candidates)}）；请用 --labels FILE 指定`,
  'array.noPair': (p) =>
    `${p.file}：找不到特征数组和标签数组（其中有：${p.names.length > 0 ? list(p.names) : '无'}）；应为 X 和 y，或用 --arrays FEATURES,LABELS 指定`,
  'array.noArray': (p) => `${p.file}：没有名为“${p.name}”的数组（其中有：${list(p.names)}）`,
  'idx.classCount': (p) =>
    `${p.file}：有 ${p.names} 个类别名称，但标签最大到 ${p.highest}（第 k 行命名标签 k−1，每行一个名称）`,
  'idx.classEmpty': (p) => `${p.file} 第 ${p.line} 行：类别名称是空的`,
  'idx.classRepeated': (p) => `${p.file}：有两个类别同名`,
  'classes.regression': (p) => `数据集 ${p.dataset} 没有类别（它是回归数据集）`,
  'classes.count': (p) =>
    `类别：数据集 ${p.dataset} 有 ${p.classes} 个类别，但给出了 ${p.names} 个名称`,
  'classes.empty': (p) => `类别 ${p.index}：类别名称不能为空`,
  'classes.repeated': (p) => `类别：有两个类别都叫“${p.name}”；每个名称必须不同`
}
