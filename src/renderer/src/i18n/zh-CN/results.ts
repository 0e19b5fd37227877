import type en from '../en/results'

/** 对整个文件预测与评估（运行页面和打开的模型）。 */
export default {
  title: '整个文件上的结果',
  intro:
    '让模型对表格文件（CSV/TSV、Excel、JSON、JSON Lines、Parquet 或 NumPy 数组）的每一行给出预测（有列名的按名称对应到模型输入，数组按顺序取列），或在带标签的数据上衡量模型。',
  predictFile: '对文件预测…',
  predictHint:
    'CSV/TSV、Excel、JSON、JSON Lines、Parquet 或 NumPy（.npz）文件，列名写出各输入的名称；编号列会保留',
  predicting: '正在预测…',
  dropHint: '或把文件拖放到这里',
  evaluateOn: '评估于',
  evaluate: '评估',
  evaluating: '正在评估…',
  evaluateFile: '带标签的文件…',
  chooseDataset: '选择数据集',
  chooseFile: '选择表格文件（CSV/TSV、Excel、JSON、JSON Lines、Parquet、NumPy）',
  predictions: {
    caption: '{file} 的 {rows} 条预测',
    line: '行号',
    predicted: '预测类别',
    save: '另存为 CSV',
    shown: '显示前 {shown} 条，共 {rows} 条；保存的文件包含全部'
  },
  problems: {
    title: '没有略去的行 | 略去了 1 行 | 略去了 {count} 行',
    line: '第 {line} 行',
    more: '…… 另有 {count} 行'
  },
  report: {
    caption: '在 {source} 上：{rows} 行',
    loss: '损失',
    accuracy: '准确率',
    r2: 'R²',
    mae: '平均绝对误差',
    class: '类别',
    precision: '精确率',
    recall: '召回率',
    f1: 'F1',
    support: '行数',
    target: '目标',
    confusion: '混淆矩阵（行：实际，列：预测）'
  }
} satisfies typeof en
