import type en from '../en/experiments'

/** “实验”页面的文字。 */
export default {
  title: '实验',
  intro: '所有训练记录，最新的在前。打开一条，可以再次查看它的曲线、设置和结果。',
  status: {
    running: '运行中',
    completed: '已完成',
    stopped: '已停止',
    interrupted: '已中断',
    failed: '失败',
    paused: '已暂停'
  },
  filter: {
    label: '筛选训练记录',
    status: '状态',
    dataset: '数据集',
    allStatuses: '所有状态',
    allDatasets: '所有数据集',
    search: '搜索',
    searchPlaceholder: '名称、结构、标记、笔记…',
    shown: '{shown} / {total} 条记录'
  },
  list: {
    branchOf: '从训练记录 {runId} 的第 {epoch} 轮继续而来',
    label: '训练记录',
    empty: '还没有训练记录。在“训练”页面训练一个网络，它就会出现在这里。',
    noMatch: '没有符合筛选条件的训练记录。',
    clearFilter: '清除筛选',
    columns: {
      name: '名称',
      status: '状态',
      dataset: '数据集',
      architecture: '结构',
      epochs: '轮次',
      trainLoss: '训练损失',
      valLoss: '验证损失',
      trainAccuracy: '训练准确率',
      valAccuracy: '验证准确率',
      time: '用时',
      started: '开始时间'
    },
    epochsOf: '{done} / {planned}',
    open: '打开训练记录 {name}',
    deletedDataset: '已删除的数据集'
  },
  duration: {
    seconds: '{seconds} 秒',
    minutes: '{minutes} 分 {seconds} 秒',
    hours: '{hours} 小时 {minutes} 分'
  },
  none: '—',
  run: {
    label: '训练记录 {name}',
    close: '关闭',
    rename: '重命名',
    renameLabel: '训练记录名称',
    save: '保存',
    cancel: '取消',
    summary: '{dataset} · {architecture} · 开始于 {started}',
    showOnTraining: '在“训练”页面显示',
    watchOnTraining: '在“训练”页面观看',
    continue: '继续训练',
    continueHint: '从最后保存的一轮继续。',
    delete: '删除',
    confirmDelete: '删除训练记录“{name}”及其曲线和权重？此操作无法撤销。',
    confirmDeleteButton: '删除训练记录',
    deleted: '已删除训练记录“{name}”。',
    liveElsewhere: '另一次训练正在进行；先停止它，才能在“训练”页面显示这一次。',
    trainAgain: '用这套配置再训练一次',
    trainAgainHint: '在“训练”页面载入它的数据集、网络和设置，随时可以开始。',
    trainAgainNoDataset: '它的数据集已被删除，因此无法再次训练。',
    trainAgainLoaded: '已载入“{name}”的数据集、网络和设置。点击“开始”即可再次训练。',
    trainAgainInit: '它的初始化方法 {init} 会保留给下一次训练（“训练”页面不显示这项设置）。',
    loading: '正在打开训练记录…',
    pick: '从列表中打开一条训练记录，查看它的曲线、设置和结果。',
    error: {
      failed: '这次训练失败了',
      interrupted: '这次训练被中断了'
    }
  },
  stop: {
    early:
      '在第 {stopped} 轮后提前停止：自第 {best} 轮（{value}）以来，{figure}已连续 {patience} 轮没有改善。',
    restored: '模型使用第 {best} 轮的权重。',
    lastWeights: '模型使用最后一轮的权重。',
    sentences: '{first}{second}',
    figures: {
      'val-loss': '验证损失',
      'val-accuracy': '验证准确率',
      'train-loss': '训练损失',
      'train-accuracy': '训练准确率'
    },
    atLeast: '{metric}至少 {value}',
    atMost: '{metric}至多 {value}',
    maxUnits: '隐藏单元至多 {units} 个',
    maxEpochs: '至多训练 {epochs} 轮',
    and: '，',
    targetMet: '任务目标已达成：{goal}。',
    targetMissed: '任务目标未达成（{goal}）：{misses}。',
    misses: {
      figure: '{metric}为 {value}',
      'no-figure': '这次训练没有{metric}',
      'hidden-units': '它有 {units} 个隐藏单元',
      epochs: '它训练了 {epochs} 轮'
    }
  },
  timeline: {
    title: '回看训练过程',
    none: '这次训练没有保存检查点，因此无法回看。',
    ruleEvery:
      '每一轮都已保存：共 {count} 个检查点，每个 {eachKb} kB，在本次训练 {budgetMb} MB 的存储额度之内。',
    ruleThinned:
      '保存了 {count} 个检查点：每 {stride} 轮一个（{budgetMb} MB 的额度可容纳这么多个 {eachKb} kB 的检查点），另加最后三轮和验证损失最低的一轮。',
    slider: '要查看的轮次',
    epoch: '第 {epoch} 轮',
    exact: '以下已保存的轮次是精确的：{epochs}',
    reached: '训练损失 {loss} · 验证损失 {valLoss}',
    accuracy: '验证准确率 {accuracy}',
    initial: '初始权重，尚未训练。',
    weightsLabel: '第 {epoch} 轮的 W(1)，{rows} 行 {cols} 列',
    drawn: '由第 {epoch} 轮保存的权重画出',
    branchTitle: '从第 {epoch} 轮继续',
    branchHint:
      '新的训练从这一轮的权重和优化器状态开始，并记下本次训练为其来源。若不改设置，它会逐位重现本次训练之后的各轮。',
    epochs: '总轮数',
    branch: '从这里继续',
    busy: '另一次训练正在进行，请先停止它。'
  },
  curves: {
    loss: '损失',
    accuracy: '准确率',
    logScale: '对数坐标',
    noEpochs: '这次训练没有完成任何一轮，所以没有曲线。'
  },
  compare: {
    label: '对比',
    placeholder: '选择另一条训练记录…',
    option: '{name}（{runId}，{architecture}）',
    select: '选择 {name} 进行对比',
    selected: '未勾选训练记录 | 已勾选 1 条训练记录 | 已勾选 {count} 条训练记录',
    hint: '勾选 2 到 {max} 条训练记录进行对比。',
    full: '一次最多对比 {max} 条训练记录。',
    compareButton: '对比 | 对比 {count} 条训练记录 | 对比 {count} 条训练记录',
    clear: '清除选择',
    title: '正在对比训练记录 | 正在对比 {count} 条训练记录 | 正在对比 {count} 条训练记录',
    region: '训练记录对比',
    close: '关闭对比',
    loading: '正在读取训练记录…',
    needTwo: '请在列表中至少勾选两条训练记录进行对比。',
    legend: '参与对比的训练记录',
    open: '单独打开 {name}',
    remove: '从对比中移除 {name}',
    exportCsv: '导出 CSV',
    exportHint:
      '每行一个值（列为 run、section、key、epoch、classes、value）：设置、最终指标、曲线和混淆矩阵。',
    settings: {
      title: '设置',
      setting: '设置项',
      showAll: '显示全部设置',
      differing: '{total} 项设置中有 {count} 项不同',
      allSame: '这些训练记录的所有设置都相同。'
    },
    curves: {
      title: '各轮曲线',
      logScale: '损失使用对数坐标',
      trainLoss: '训练损失',
      valLoss: '验证损失',
      trainAccuracy: '训练准确率',
      valAccuracy: '验证准确率'
    },
    metrics: {
      title: '最终指标',
      metric: '指标',
      status: '状态',
      epochs: '轮次',
      trainLoss: '训练损失',
      valLoss: '验证损失',
      testLoss: '测试损失',
      trainAccuracy: '训练准确率',
      valAccuracy: '验证准确率',
      testAccuracy: '测试准确率',
      seconds: '训练用时',
      trainingSeconds: '批次计算用时',
      samplesPerSecond: '样本/秒',
      best: '参与对比的训练记录中最好的'
    },
    confusion: {
      title: '混淆矩阵',
      caption: '{name}（{part}）',
      parts: { validation: '验证集', train: '训练集' },
      leftOut: '未显示（属于其他类别）：{names}。',
      differentClasses: '这些训练记录的类别不同，因此不把它们的混淆矩阵并排显示。',
      withoutMatrix: '没有混淆矩阵（回归任务，或没有最终评估）：{names}。'
    }
  },
  config: {
    title: '设置',
    field: '设置项',
    value: '值',
    fields: {
      dataset: '数据集',
      architecture: '结构',
      hidden: '隐藏层',
      activation: '隐藏层激活函数',
      hiddenActivations: '各隐藏层的激活函数',
      output: '输出',
      loss: '损失',
      optimizer: '优化器',
      learningRate: '学习率',
      lrSchedule: '学习率调度',
      earlyStopping: '提前停止',
      momentum: '动量',
      l2: 'L2 强度',
      batchSize: '批大小',
      epochs: '计划轮次',
      seed: '随机种子',
      init: '初始化方法',
      initModel: '起始模型',
      precision: '精度',
      split: '划分（训练、验证、测试）',
      normalize: '归一化',
      shuffle: '每轮重新打乱',
      name: '指定的名称',
      runSeed: '实际使用的种子',
      dataHash: '数据哈希（SHA-256）',
      engineVersion: '引擎版本',
      preprocessing: '已应用的预处理',
      runId: '训练记录 ID'
    },
    noHidden: '无',
    fullBatch: '全批量',
    yes: '是',
    no: '否',
    auto: '自动',
    inits: { xavier: 'Xavier（Glorot）', he: 'He', zeros: '全零', uniform: '均匀分布' }
  },
  network: {
    title: '网络',
    layer: '层',
    units: '单元数',
    activation: '激活函数',
    parameters: '参数',
    trainable: '训练部分',
    input: '输入层',
    hidden: '隐藏层 {index}',
    output: '输出层',
    features: '{count} 个特征',
    frozen: '已冻结',
    weightsOnly: '仅权重',
    biasesOnly: '仅偏置',
    all: '全部',
    loss: '损失：{loss}',
    total: '合计：{count} 个参数'
  },
  evaluation: {
    title: '结果',
    speed: '训练用时 {time}，{rate} 样本/秒',
    pending: '训练结束时会保存测试集指标和混淆矩阵。',
    missing: '这次训练结束时没有最终评估：没有测试集指标和混淆矩阵。',
    confusion: '验证集混淆矩阵',
    confusionTrain: '训练集混淆矩阵'
  },
  notes: {
    title: '笔记与标记',
    notes: '笔记',
    notesPlaceholder: '你尝试了什么，学到了什么？',
    tags: '标记',
    addTag: '添加标记',
    tagPlaceholder: '新标记',
    removeTag: '移除标记 {tag}',
    save: '保存笔记',
    saved: '笔记已保存。'
  },
  file: {
    willSave: '把 {runs}连同数据、设置、曲线和检查点保存为一个 .bplab 文件。',
    drop: '.bplab 实验文件会连同其中的训练和数据一起打开。',
    runs: '没有训练 | {n} 次训练 | {n} 次训练',
    datasets: '没有数据集 | {n} 个数据集 | {n} 个数据集',
    open: '打开实验…',
    save: '实验另存为…',
    nothingToSave: '请先打开一次训练，或在列表中勾选训练，才能保存为实验文件。',
    saving: '正在保存实验…',
    opening: '正在打开 {file}…',
    saved: '已保存 {file}：{runs}，{datasets}（{size}）。',
    opened: '已打开 {file}：{runs}，{datasets}，使用新的编号（没有替换任何内容）。',
    openedTask: '已打开 {file}：训练页面上有一个给你的任务。',
    refused: {
      'not-a-pack': '{file} 不是 Backprop Lab 实验文件。',
      newer: '{file} 由更新版本的 Backprop Lab 创建；请更新 Backprop Lab 后再打开。',
      damaged: '{file} 已损坏或不完整；请索取一份新的副本。',
      'hash-mismatch': '{file} 中的数据集与记录的哈希值不符；文件已被修改或损坏。'
    }
  },
  task: {
    heading: '任务',
    target: '目标：{goal}。',
    locked: '由老师设定：{settings}。',
    lockBroken: '老师在这个任务中固定了{setting}；请改回任务的设定再训练。',
    leave: '退出任务',
    left: '你已退出任务；之后的训练是普通训练。',
    otherData: '这个任务在 {dataset} 上训练；请在数据页面选择它来完成任务。'
  }
} satisfies typeof en
