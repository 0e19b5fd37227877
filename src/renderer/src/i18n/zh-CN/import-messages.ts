import type { IMPORT_MESSAGES } from '@shared/message-tables/import-notes'
import { list, skippedSummary, some, VALUE_KIND_ZH, type Translations } from './message-words'

/**
 * Import notes and row problems (src/shared/message-tables/import-notes.ts) in Simplified
 * Chinese; a code added there without a translation here does not compile.
 */
export const ZH_IMPORT_MESSAGES: Translations<keyof typeof IMPORT_MESSAGES> = {
  'table.rowsLeftOut': (p) => `略去了 ${p.count} 行：${skippedSummary(p.groups)}`,
  'table.regressionLabel': (p) =>
    `“${p.column}”列是测量值（不是整数），因此作为回归目标${p.chosen ? '，而不是类别' : '；如要指定类别列，请用 --label-column'}`,
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
  'table.gzipped': () => '文件经过 gzip 压缩：已解压后读取',
  'table.sheet': (p) =>
    p.sheets.length > 1
      ? `工作表“${p.sheet}”（共 ${p.sheets.length} 个工作表：${list(p.sheets)}）`
      : `工作表“${p.sheet}”`,
  'table.labelsFile': (p) => `标签取自 ${p.file}`,
  'table.npzArrays': (p) =>
    `数组“${p.features}”（特征）和“${p.labels}”（标签），共有 ${list(p.names)}`,
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
  'idx.officialSplit': (p) =>
    `保留官方划分：第 1–${p.trainRows} 行用于训练和验证，第 ${p.trainRows + 1}–${p.total} 行（${list(p.files)}）是测试集`,
  'idx.classesFile': () => '类别名称取自 classes.txt',
  'idx.knownClasses': (p) => `使用 ${p.set} 的类别名称（标签 0–${p.last}）`,
  'row.missing': (p) => `“${p.column}”列缺少值`,
  'row.notNumber': (p) => `“${p.column}”列：“${p.value}”不是数字`,
  'row.unknownCategory': (p) =>
    `“${p.column}”列：“${p.value}”在训练数据中没有出现过（${list(p.known)}）`,
  'row.unknownClass': (p) => `“${p.column}”列：“${p.value}”不是模型的类别之一（${list(p.known)}）`,
  'row.fieldCount': (p) =>
    `应有 ${p.expected} 个字段${p.header ? '（与表头相同）' : ''}，实际有 ${p.got} 个`,
  'row.notJson': () => '不是有效的 JSON',
  'row.notRecord': (p) => `不是带字段的记录：它是${VALUE_KIND_ZH[p.is]}`,
  'row.fieldNotValue': (p) => `字段“${p.field}”的值是${VALUE_KIND_ZH[p.is]}，不是单个值`
}
