import type en from '../en/training'

/** “训练”页面的文字。 */
export default {
  title: '训练',
  noDataset: '还没有选择数据集：请在“数据”页面选择或导入一个。',
  datasetLine: '在 {dataset} 上训练 {network}',
  deletedDataset: '已删除的数据集',
  nextRunLine: '点“开始”将在 {dataset} 上训练 {network}',
  refused: {
    noDataset: '请先在“数据”页面选择一个数据集。',
    networkProblem: '这个网络无法在这份数据上训练：{problem}。请在“网络”页面修改。',
    invalidSetting: '请先更正“{field}”：其中的值无效。'
  },
  settings: {
    heading: '设置',
    appliesToNext: '设置将用于下一次训练。',
    optimizer: '优化器',
    optimizers: { sgd: 'SGD', momentum: '动量', adam: 'Adam' },
    learningRate: '学习率',
    suggested: '{optimizer} 的建议值：{value}',
    useSuggested: '使用 {value}',
    momentum: '动量 μ',
    batchSize: '批大小',
    fullBatch: '全批量',
    epochs: '轮次',
    autoEpochs: '自动',
    untilStopped: '直到我停止',
    untilStoppedHint: '一直训练，直到你按“停止”（二维数据：看着它学习）。',
    autoEpochsHint: '自动：{rows} 行训练数据，训练 {epochs} 轮',
    l1: 'L1 λ₁',
    l2: 'L2 λ',
    seed: '随机种子',
    precision: '精度',
    precisions: { f32: 'f32（快）', f64: 'f64（精确）' },
    invalid: '请输入 {min} 到 {max} 之间的数'
  },
  inputFeatures: {
    heading: '输入特征',
    hint: '第一层读取每个点 (x, y) 的所选特征。加上 x² 和 y²，没有隐藏层的网络也能分开圆环。'
  },
  dataHandling: {
    heading: '数据处理',
    summary: '{train}% 训练集 · {validation}% 验证集 · {test}% 测试集 · {normalize}',
    summaryRows:
      '训练集 {train} 行 · 验证集 {validation} 行 · 测试集 {test} 行（数据集自带）· {normalize}',
    validation: '验证集 %',
    test: '测试集 %',
    trainShare: '训练集：{percent}%',
    normalize: '输入归一化',
    normalizers: {
      auto: '自动',
      standardize: '标准化（均值 0，标准差 1）',
      minmax: '最小–最大缩放到 [0, 1]',
      scale: '除以最大绝对值',
      none: '无'
    },
    shuffle: '每轮重新打乱'
  },
  controls: {
    label: '训练控制',
    start: '开始',
    pause: '暂停',
    resume: '继续',
    step: '单步',
    stepHint: '训练一个批次',
    stop: '停止'
  },
  speed: {
    label: '速度',
    full: '全速',
    paced: '每秒 {count} 个批次（慢动作） | 每秒 {count} 个批次（慢动作）',
    hint: '慢动作每秒只训练几个批次，每一批都显示出来；全速则让引擎尽快训练。'
  },
  phase: {
    idle: '就绪',
    starting: '正在开始…',
    running: '训练中',
    paused: '已暂停',
    ended: '已结束'
  },
  progress: {
    label: '训练进度',
    position: '第 {epoch} / {plannedEpochs} 轮 · 第 {batch} / {batchesPerEpoch} 批',
    positionOpen: '第 {epoch} 轮 · 第 {batch} / {batchesPerEpoch} 批 · 直到你停止',
    next: '下一批：第 {epoch} / {plannedEpochs} 轮 · 第 {batch} / {batchesPerEpoch} 批',
    nextOpen: '下一批：第 {epoch} 轮 · 第 {batch} / {batchesPerEpoch} 批',
    nextHint: '“单步”接下来训练的就是这一批。',
    elapsed: '已训练 {time}',
    elapsedHint: '训练用时，不含暂停的时间。',
    eta: '约剩 {time}',
    rate: '{rate} 样本/秒（最近几轮）',
    rateHint: '最近几轮（约最后一秒训练）的训练速度；结果中给出的是整次训练的速度。',
    split: '训练集 {train} 行 · 验证集 {validation} 行 · 测试集 {test} 行',
    kernels: '引擎：{kernels}',
    chunked: '每次调用引擎连续训练多个批次，单线程',
    chunkedHint:
      '网络这么小时，一次调用引擎训练许多批次最快，只用一个线程：把工作交给第二个线程的开销比它省下的还多。单步和慢动作仍然一批一批地训练。'
  },
  charts: {
    loss: '损失',
    accuracy: '准确率',
    logScale: '对数坐标',
    epoch: '轮次',
    tooltipTitle: '第 {epoch} 轮',
    train: '训练集',
    validation: '验证集',
    batch: '批次代价',
    marked: '所示轮次（第 {epoch} 轮）',
    waiting: '前几轮结束后，曲线就会出现。',
    lossAria: '每轮的训练集和验证集损失',
    accuracyAria: '每轮的训练集和验证集准确率'
  },
  boundary: {
    heading: '决策边界',
    epoch: '第 {epoch} 轮之后',
    batch: '第 {epoch} 轮，第 {batch} 批之后',
    untrained: '第一轮结束后出现。',
    probability: 'P({positive})',
    aria: '{x} 和 {y} 上的决策边界，以及数据点',
    points: '显示了 {count} 个点',
    showHeldOut: '显示留出的点（{count} 个，以文字颜色描边）',
    discretize: '离散化输出'
  },
  neurons: {
    caption: '每个神经元在同一平面上的输出（鼠标悬停可放大）',
    layer: '第 {layer} 层',
    neuron: '第 {layer} 层第 {unit} 个神经元（{activation}）',
    inputs: '输入',
    weightFromInput: '从 {input} 到第 {layer} 层第 {unit} 个神经元的权重：{weight}',
    weightFromNeuron:
      '从第 {fromLayer} 层第 {from} 个神经元到第 {layer} 层第 {unit} 个神经元的权重：{weight}',
    legend:
      '线越粗，权重的绝对值越大：橙色为正，蓝色为负。鼠标悬停在线上可看精确权重，悬停在神经元上可放大。'
  },
  surface: {
    heading: '预测曲面',
    aria: '网络在 {x} 和 {y} 上的预测值，数据点按其目标值着色',
    scale: 'ŷ，预测值（点：其目标值）'
  },
  split: {
    toggle: '分屏视图',
    hint: '数据、网络和边界并排显示在同一屏上（二维数据）',
    dataLine: '数据：{name}。它的点画在边界图上。'
  },
  lent: {
    notice: '这些设置来自课程的“试一试”：{settings}。',
    restore: '换回我自己的设置',
    restored: '已换回你自己的训练设置（课程的那次训练用的是 {settings}）。'
  },
  summary: {
    heading: '结果',
    status: { completed: '已完成', stopped: '已停止', failed: '失败', interrupted: '已中断' },
    epochs: '共训练 {epochs} 轮',
    time: '训练用时 {time} · 整次训练的批次速度 {rate} 样本/秒',
    confusion: '混淆矩阵（{part}）',
    openInExperiments: '在“实验”中打开'
  },
  confusion: {
    corner: '实际 ↓ 预测 →',
    cell: '实际 {actual}，预测 {predicted}：{count}（占 {actual} 的 {percent}%）'
  },
  schedule: {
    heading: '学习率调度',
    kind: '调度方式',
    kinds: {
      constant: '恒定',
      step: '阶梯衰减',
      exponential: '指数衰减',
      cosine: '余弦'
    },
    stepEpochs: '每隔（轮）',
    gamma: '衰减系数 γ',
    minLearningRate: '最低学习率',
    warmup: '预热轮数',
    curveLabel: '各轮的学习率：最高 {peak}，最后 {last}，共 {epochs} 轮',
    issues: {
      warmup: '预热必须短于整次训练（{epochs} 轮）。',
      minRate: '最低学习率必须小于学习率 {rate}。'
    }
  },
  earlyStopping: {
    heading: '提前停止',
    on: '开启，耐心 {patience} 轮',
    off: '关闭',
    enable: '验证结果不再改善时停止',
    monitor: '观察',
    patience: '耐心（轮）',
    restoreBest: '结束时使用最佳一轮的权重',
    needsValidation: '提前停止要观察验证集：请在“数据处理”中留出验证部分。'
  },
  race: {
    heading: '赛跑',
    summary: '2–4 次训练从同一起点并排进行',
    remove: '移除',
    add: '添加一次训练',
    start: '开始赛跑（{count} 次训练）',
    stop: '停止赛跑',
    same: '每次训练都从相同的初始权重开始，并以相同顺序看到各批次；只有优化器和学习率不同。每次训练都会作为普通训练保存在“实验”中。',
    curves: '赛跑中每次训练各轮的验证损失'
  }
} satisfies typeof en
