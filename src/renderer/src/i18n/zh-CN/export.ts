import type en from '../en/export'

/** “导出”菜单、实验报告，以及“打开模型…”和其中的“预测”面板的文字。 */
export default {
  menu: {
    button: '导出',
    label: '导出 {name}',
    busy: '正在导出…',
    noWeights: '这次训练还没有训练好的权重：它在第一轮结束前就停止了。',
    formats: {
      onnx: { name: 'ONNX', hint: 'model.onnx，可用于 onnxruntime、Netron 和大多数工具' },
      tfjs: { name: 'TensorFlow.js', hint: '一个 layers 模型，可用于浏览器或 Node' },
      pytorch: {
        name: 'PyTorch',
        hint: 'model.py 和权重，附带可以继续训练的 train.py'
      },
      pytorchData: {
        name: 'PyTorch（含训练数据）',
        hint: '同上，另附这次训练的训练集行（data.npz），供 train.py 使用'
      },
      numpy: { name: 'NumPy', hint: '用纯 NumPy 写的前向传播，权重存为 .npy' },
      json: {
        name: '模型文件（JSON）',
        hint: 'Backprop Lab 模型文件，用于 predict 命令和“打开模型…”'
      }
    },
    report: {
      name: '实验报告（HTML）',
      hint: '一页即可提交：设置、曲线、结果，以及如何复现'
    }
  },
  result: {
    label: '导出结果',
    wrote: '已将 {format} 写入 {folder}',
    files: '没有文件 | 1 个文件： | {count} 个文件：',
    download: '再次下载 zip',
    downloadHint: '已开始下载 {file}。',
    reportSaved: '实验报告已保存为 {file}。',
    readme: 'README.md 说明了每个文件是什么，以及如何运行。',
    dismiss: '关闭'
  },
  model: {
    open: '打开模型…',
    openHint:
      '打开一个 *.model.json 文件（来自“导出 → 模型文件”或 --save-model），查看其内部并做预测',
    opening: '正在打开…',
    chooseFile: '模型文件',
    dialog: '模型 {name}',
    close: '关闭',
    facts: '模型内容',
    architecture: '结构',
    inputs: '输入',
    inputShape: '{size} 个值（{shape}）',
    inputSize: '{size} 个值',
    loss: '损失',
    classes: '类别',
    targets: '目标',
    preprocessing: '预处理',
    none: '无：原始输入直接进入第一层',
    standardize: "标准化：对每个输入 x' = (x − mean) / std",
    minmax: "最小–最大缩放：对每个输入 x' = (x − min) / (max − min)",
    scale: "缩放：x' = x · {factor}",
    layers: '层',
    layer: '第 {index} 层：{units} 个单元，{activation}',
    layerFrozen: '第 {index} 层：{units} 个单元，{activation}（已冻结：{parts}）',
    frozenWeights: '权重',
    frozenBiases: '偏置',
    parameters: '参数'
  },
  predict: {
    title: '预测',
    intro:
      '原始输入行，格式与命令行相同：值之间用半角逗号 , 分隔，行之间用半角分号 ; 或换行分隔。模型会自己做预处理。',
    rowsLabel: '输入行',
    placeholder: '例如 {example}',
    run: '预测',
    running: '正在预测…',
    fromData: '{name} 中的行',
    fromRow: '起始行',
    count: '行数',
    useRows: '使用这些行',
    dataMismatch: '当前数据集有 {features} 个特征；这个模型需要 {inputs} 个。',
    errors: {
      empty: '请至少输入一行。',
      notNumber: '第 {row} 行第 {value} 个值：“{text}”不是数字。',
      width: '第 {row} 行有 {got} 个值；模型需要 {expected} 个。',
      tooMany: '一次最多 {max} 行。'
    },
    table: '输出',
    row: '行',
    output: '输出 {index}',
    positive: 'P({name})',
    predicted: '预测',
    actual: '实际'
  }
} satisfies typeof en
