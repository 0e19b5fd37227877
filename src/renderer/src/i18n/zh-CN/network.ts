import type en from '../en/network'

/** “网络”页面的文字。 */
export default {
  title: '网络',
  parameterTotal: '{count} 个参数 | {count} 个参数',
  noHiddenLayer: '无隐藏层',
  noData: {
    title: '还没有数据',
    text: '输入层和输出层由你的数据决定。请选择一个数据集；你在这里设计的隐藏层会保留下来。',
    action: '选择数据'
  },
  classic: {
    logistic: {
      name: '逻辑回归',
      text: '没有隐藏层：对输入的加权和接一个 sigmoid 单元，用二元交叉熵训练。它只能画出直线边界；加一个隐藏层才能学到弯曲的边界。'
    },
    softmax: {
      name: 'Softmax 回归',
      text: '没有隐藏层：每个类别对输入求一个加权和，经 softmax 变为概率，用交叉熵训练（多项逻辑回归）。它的边界都是直线。'
    },
    linear: {
      name: '线性回归',
      text: '没有隐藏层：每个输出都是输入的加权和加上偏置，用最小二乘（半平方误差）拟合。'
    }
  },
  preset: {
    title: '从教科书的权重开始',
    text: '这个网络从例题公布的权重和偏置开始，并冻结了偏置，因此训练一步就能复现教科书中的数字。',
    drop: '修改设计会丢弃这些权重：网络将改为从新的随机初始化开始。',
    frozen: '已冻结'
  },
  problem: {
    title: '这个设计无法训练',
    softmaxUnits: 'softmax 输出至少需要两个单元，但这份数据只给了它 {units} 个。',
    lossNeedsProbabilities:
      '损失函数“{loss}”需要 0 到 1 之间的输出（sigmoid 或 softmax 输出），但输出层是 {activation}。',
    crossEntropySingleUnit:
      '只有一个 sigmoid 单元时，交叉熵只奖励正类：请改用二元交叉熵，或对两个类别使用 softmax。',
    blocking: '修正之前，“训练”页面无法开始训练。',
    fix: '使用自动选择的输出和损失'
  },
  quickStarts: {
    title: '快速开始',
    none: { name: '无隐藏层', text: '经典的线性模型' },
    oneHidden: { name: '一个隐藏层', text: '16 个 ReLU 单元' },
    twoTanh: { name: '两个小层', text: '8 + 8 tanh，适合二维数据集' },
    wide: { name: '宽网络', text: '128 + 64 ReLU，适合图片' },
    deepNarrow: { name: '深而窄', text: '5 × 8 tanh' },
    reset: '恢复默认',
    resetHint: '一个有 32 个 ReLU 单元的隐藏层，输出和损失根据数据选择'
  },
  layers: {
    title: '层',
    input: '输入层',
    inputFeatures: '来自数据的 {count} 个特征 | 来自数据的 {count} 个特征',
    inputImage: '{height}×{width}×{channels} 图片 · {count} 个输入',
    hidden: '隐藏层 {index}',
    units: '单元数',
    unitsHint: '{min} 到 {max} 之间的整数',
    unitsKept: '“{typed}”不是 {min} 到 {max} 之间的整数：这一层保持 {units} 个单元。',
    activation: '激活函数',
    addBefore: '+ 之前',
    addBeforeLabel: '在隐藏层 {index} 之前添加一层',
    addAfter: '+ 之后',
    addAfterLabel: '在隐藏层 {index} 之后添加一层',
    remove: '删除',
    removeLabel: '删除隐藏层 {index}',
    addFirst: '添加隐藏层',
    none: '无隐藏层：输入直接连到输出。',
    limit: '最多 {max} 个隐藏层。',
    output: '输出层',
    outputUnits: '{count} 个单元 | {count} 个单元',
    outputActivation: '输出激活函数',
    loss: '损失'
  },
  output: {
    autoSigmoid: '自动（一个 sigmoid 单元：P({positive})）',
    autoSoftmax: '自动（对 {classes} 个类别做 softmax）',
    autoLinear: '自动（线性，{count} 个目标） | 自动（线性，{count} 个目标）',
    autoUnknown: '自动（根据数据选择）',
    sigmoid: 'sigmoid',
    softmax: 'softmax',
    linear: '线性（恒等）'
  },
  loss: {
    auto: '自动（{loss}）',
    autoUnknown: '自动（根据输出选择）'
  },
  losses: {
    'cross-entropy': '交叉熵',
    'binary-cross-entropy': '二元交叉熵',
    'half-squared-error': '半平方误差'
  },
  activations: {
    sigmoid: 'sigmoid',
    tanh: 'tanh',
    relu: 'ReLU',
    'leaky-relu': 'Leaky ReLU',
    gelu: 'GELU',
    silu: 'SiLU（swish）',
    linear: '线性',
    softmax: 'softmax'
  },
  parameters: {
    title: '参数',
    layer: '层',
    weights: '权重 W',
    biases: '偏置 b',
    total: '合计',
    all: '所有层',
    layerName: '第 {layer} 层（{units} 个单元） | 第 {layer} 层（{units} 个单元）',
    shape: '{rows} × {columns} = {count}'
  },
  equations: {
    title: '公式',
    intro: '以单个样本作为列向量；f 逐个作用于每个单元。',
    input: '输入',
    hidden:
      '第 {layer} 层 · 隐藏层，{units} 个 {activation} 单元 | 第 {layer} 层 · 隐藏层，{units} 个 {activation} 单元',
    output:
      '第 {layer} 层 · 输出层，{units} 个 {activation} 单元 | 第 {layer} 层 · 输出层，{units} 个 {activation} 单元',
    where: '其中',
    loss: '损失：{loss}',
    lossIntro: '在 m 个样本组成的批次上的代价 J。',
    targets: {
      binary: '样本属于类别“{positive}”时 yᵢ 为 1，否则为 0。',
      oneHot: 'yᵢ 是 one-hot 编码：样本所属的类别为 1，其他类别为 0。',
      values: 'yᵢ 是样本的目标值。'
    },
    l2: 'L2 正则化（在“训练”页面设置）会对所有权重加上 (λ/2) Σ‖W‖²，偏置不计入。'
  },
  diagram: {
    input: '输入',
    output: '输出',
    hidden: '隐藏层 {index}',
    inputCount: '{count} 个输入 | {count} 个输入',
    unitCount: '{count} 个单元 | {count} 个单元',
    imageShape: '{height}×{width}×{channels} 图片',
    weights: '{count} 个权重 | {count} 个权重',
    more: '另有 {count} 个',
    neuron: '{layer}，神经元 {unit}',
    probabilityOf: 'P({name})',
    summary: '网络结构图，各层宽度 {architecture}'
  }
} satisfies typeof en
