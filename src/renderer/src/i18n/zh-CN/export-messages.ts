import type { EXPORT_MESSAGES } from '@shared/message-tables/export-refusals'
import type { TfjsRefusal } from '@shared/model/activations/activation-record'
import type { DATA_MESSAGES, SourceKind } from '@shared/message-tables/data-refusals'
import type { ShapingOptions } from '@shared/model/import'
import { list, type Translations } from './message-words'

/**
 * Refused exports and experiment files (src/shared/message-tables/export-refusals.ts) and
 * refusals about datasets and the command line's references (data-refusals.ts) in Simplified
 * Chinese; a code added there without a translation here does not compile.
 */
/** An import option as the command line names it, and the sources it is for. */
const IMPORT_OPTION_ZH: Record<keyof ShapingOptions, { flag: string; for: string }> = {
  labelColumn: { flag: '--label-column', for: '表格' },
  targets: { flag: '--targets', for: '表格' },
  ignoreColumns: { flag: '略去的列', for: '表格' },
  sheet: { flag: '--sheet', for: 'Excel 工作簿' },
  labelsFile: { flag: '--labels', for: 'NumPy .npy 文件' },
  arrays: { flag: '--arrays', for: 'NumPy .npz 文件' },
  imageSize: { flag: '--image-size', for: '图像文件夹和 IDX 文件' },
  grayscale: { flag: '--grayscale', for: '图像文件夹和 IDX 文件' }
}

/** Each kind of source, as “不用于…” names it. */
const SOURCE_ZH: Record<SourceKind, string> = {
  images: '图像',
  csv: 'CSV 文件',
  json: 'JSON 文件',
  jsonl: 'JSON Lines 文件',
  npy: 'NumPy .npy 文件',
  npz: 'NumPy .npz 文件',
  xlsx: 'Excel 工作簿',
  parquet: 'Parquet 文件'
}

/** Why TF.js cannot load an activation. */
const TFJS_REFUSALS: Record<TfjsRefusal, string> = {
  geluTanh:
    'TF.js 无法从模型文件载入 GELU 的 tanh 近似（tfjs-layers 把它的名字 gelu_new 读成 geluNew）；请导出 ONNX、PyTorch、NumPy 或 JSON，或改用精确的 GELU（"approximate": "none"）'
}

export const ZH_EXPORT_MESSAGES: Translations<keyof typeof EXPORT_MESSAGES> = {
  'export.tfjsActivation': (p) => `${p.field}：${TFJS_REFUSALS[p.kind]}`,
  'export.nonFinite': (p) =>
    `${p.field} 的值是 ${p.value ?? 'NaN 或 Infinity（存储为 null）'}：含有 NaN 或 Infinity 权重的模型无法导出`,
  'export.outIsFile': (p) => `${p.folder}：输出路径是一个文件；请指定一个新的或空的文件夹`,
  'export.outNotEmpty': (p) => `${p.folder}：输出文件夹不是空的；请指定一个新的或空的文件夹`,
  'export.outUnderFile': (p) =>
    `${p.folder}：无法创建输出文件夹，${p.file} 是一个文件；请在别处指定一个新的或空的文件夹`,
  'export.outCannotCreate': (p) =>
    `${p.folder}：无法在那里创建输出文件夹（${p.code}）；请指定当前用户可写入的文件夹`,
  'export.dataShape': (p) =>
    `训练数据每行有 ${p.inputs} 个输入和 ${p.targets} 个目标，而模型需要 ${p.modelInputs} 个输入、给出 ${p.modelOutputs} 个输出`,
  'export.referenceSample': (p) =>
    `参考样本 ${p.sample}：应有 ${p.expected} 个值（模型的${p.raw ? '原始 x 和 y' : ' inputSize'}），实际有 ${p.got} 个`,
  'export.dataNeedsRun': () => '--with-data 需要一个训练编号（单独的模型文件不含数据）',
  'pack.noRun': (p) => `没有编号为 ${p.runId} 的训练（参见：backprop-lab runs）`,
  'pack.stillTraining': (p) => `训练 ${p.runId} 仍在进行；请先停止它或等它结束`,
  'pack.noRuns': () => '请至少指定一次要保存的训练',
  'pack.exists': (p) => `${p.file} 已存在；请换一个名称，或先删除它`,
  'pack.noFolder': (p) => `${p.folder}：没有这个文件夹`,
  'pack.taskNoRun': (p) => `任务：没有编号为 ${p.runId} 的训练`,
  'pack.taskRunNotPacked': (p) => `任务：训练 ${p.runId} 不在要保存的训练之中`,
  'pack.taskEmpty': () => '任务：请至少用一种语言写下任务',
  'pack.datasetMissing': (p) => `数据集 ${p.dataset}：它的文件不在 ${p.folder} 中`
}

const ROW_OPTION = { input: '--input', target: '--target' } as const

export const ZH_DATA_MESSAGES: Translations<keyof typeof DATA_MESSAGES> = {
  'data.noSuchPath': (p) => `${p.path}：没有这个文件或文件夹`,
  'data.optionNotFor': (p) =>
    `${p.file}：${IMPORT_OPTION_ZH[p.option].flag} 只用于${IMPORT_OPTION_ZH[p.option].for}，不用于${SOURCE_ZH[p.source]}；请去掉它`,
  'data.idxLabelsChosen': (p) =>
    `${p.file}：这是 IDX 标签文件；请导入它旁边的图片文件（${p.images}）`,
  'data.notTable': (p) => `数据集 ${p.dataset} 不是来自 CSV 文件，因此没有可选择的列`,
  'data.sourceGone': (p) => `${p.file}：文件已不在原处，无法读取它的列；请从它现在的位置重新导入`,
  'data.tooManyLabels': (p) =>
    `${p.file}：标签有 ${p.classes} 种不同的值，超过本实验室每个标签列 ${p.bound} 个类别的上限（这是固定上限）`,
  'data.tooManyClasses': (p) =>
    `${p.file}：标签列“${p.column}”有 ${p.classes} 种不同的值，超过本实验室每个标签列 ${p.bound} 个类别的上限（它是编号列吗？请用 --label-column 指定标签列，要预测数值请用 --targets）`,
  'data.noDataset': (p) => `没有编号为 ${p.id} 的数据集（参见：backprop-lab datasets）`,
  'data.importRunning': (p) => `导入 ${p.importId} 已在进行中`,
  'data.importCancelled': () => '导入已取消；没有导入任何内容',
  'data.brokenWorkbook': (p) =>
    `${p.file}：不是 Excel .xlsx 工作簿（文件已损坏，或是被命名为 .xlsx 的其他文件）；请在电子表格程序中打开它，再另存为 .xlsx`,
  'data.arrayNeedsLabels': (p) =>
    `${p.file}：评估需要标签，但旁边没有标签数组（查找过 ${list(p.candidates)}）；请把标签按其中一个名称保存在旁边，或把 X 和 y 一起保存为 .npz`,
  'data.npzNeedsLabels': (p) =>
    `${p.file}：评估需要标签，但找不到特征数组和标签数组（其中有：${p.names.length > 0 ? list(p.names) : '无'}）；请把它们保存为 X 和 y`,
  'data.npzNoFeatures': (p) =>
    `${p.file}：找不到特征数组（其中有：${p.names.length > 0 ? list(p.names) : '无'}）；应命名为 X、x、inputs 或 features`,
  'data.rowWidth': (p) => `第 ${p.row} 行：模型需要 ${p.expected} 个值，实际有 ${p.got} 个`,
  'cli.noModel': (p) => `${p.reference}：没有这个模型文件或训练编号（参见：backprop-lab runs）`,
  'cli.noData': (p) =>
    `${p.reference}：没有这个文件、文件夹或数据集编号（参见：backprop-lab datasets）`,
  'cli.rowWidth': (p) =>
    `${ROW_OPTION[p.option]} 第 ${p.row} 行：应有 ${p.expected} 个值，实际有 ${p.got} 个`,
  'cli.rowValue': (p) => `${ROW_OPTION[p.option]} 第 ${p.row} 行第 ${p.value} 个值：不是有限的数`,
  'cli.rowCounts': (p) => `有 ${p.inputs} 行输入，却有 ${p.targets} 行目标`,
  'cli.noRowsToPredict': (p) => `${p.file}：没有可预测的行`
}
